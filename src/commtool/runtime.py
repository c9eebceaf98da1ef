"""The runtime of one command run, apart from the command line: inputs found and decoded,
parsed in order (by worker processes for large runs), progress on stderr, and a report of
what went wrong that decides the exit status."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

import click

from commtool import render as render_module
from commtool.errors import BinaryInputError, InputError
from commtool.read.reader import STDIN_NAME
from commtool.typography import visible
from commtool.workers import worker_pool

if TYPE_CHECKING:
    from commtool.archive.matching import FoundLines, Matcher
    from commtool.read.reader import StreamedText

    # Reads files in worker processes and says of each whether it may match (search.prescan).
    Prescan = Callable[
        [list[str], Matcher, int, bool], Iterator[tuple[str, str | FoundLines | None]]
    ]


PROGRESS_FROM = 50  # files: fewer go by too fast for a progress bar
PARALLEL_FROM = 200  # files: fewer are parsed faster than worker processes start
BATCH_CHARS = 1 << 16  # the parts of a large file go to worker processes this much at a time


class Session:
    """Where messages go and whether anything went wrong, for one command run."""

    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet
        self.errors = 0
        self._bar: ProgressBar | None = None  # the progress bar on show, if any

    def _echo(self, line: str) -> None:
        """A line on stderr, above the progress bar when one is on show."""
        line = visible(line)
        if self._bar is not None and self._bar.shown:
            self._bar.echo(line)
        else:
            click.echo(line, err=True)

    def warn(self, message: str) -> None:
        if not self.quiet:
            self._echo(f"commtool: warning: {message}")

    def report(self, problem: InputError) -> None:
        """A warning for what is skipped as no text (binary, a FIFO), else an error."""
        if isinstance(problem, BinaryInputError):
            self.warn(str(problem))
        else:
            self.error(str(problem))

    def error(self, message: str) -> None:
        self.errors += 1
        self._echo(f"commtool: error: {message}")

    def _inputs(self, paths: tuple[str, ...]) -> list[str | InputError]:
        from commtool.read.reader import discover

        return list(discover(paths))

    def _progress(self, total: int) -> ProgressBar:
        """A progress bar on an interactive stderr for runs over many inputs, else none."""
        shown = total >= PROGRESS_FROM and not self.quiet and render_module.is_terminal(sys.stderr)
        self._bar = ProgressBar(total if shown else 0)
        return self._bar

    def texts(
        self,
        paths: tuple[str, ...],
        matcher: Matcher | None = None,
        jobs: int | None = 1,
        stream_from: int | None = None,
        lines_only: bool = False,
        prescan: Prescan | None = None,
    ) -> Iterator[tuple[str, str | StreamedText | FoundLines]]:
        """(path, decoded text) of every input, without parsing; unreadable ones reported.

        With a `matcher`, only texts that may hold a match come out; with several jobs (None:
        every core, for inputs of many files) worker processes read and test the files, and
        send back only the texts that may match. Files of `stream_from` bytes or more come
        as StreamedText, to be read piece by piece. With `lines_only`, worker
        processes send the matching lines (FoundLines) rather than the text."""
        items = self._inputs(paths)
        large: set[str] = set()
        if stream_from is not None:
            large = {i for i in items if isinstance(i, str) and file_size(i) >= stream_from}
        verdicts: Iterator[tuple[str, str | FoundLines | None]] | None = None
        if matcher is not None and prescan is not None and jobs != 1:
            files = [i for i in items if isinstance(i, str) and i != STDIN_NAME and i not in large]
            workers = jobs or (os.cpu_count() or 1)
            if workers > 1 and (jobs is not None or len(files) >= PARALLEL_FROM):
                verdicts = prescan(files, matcher, workers, lines_only)
        with self._progress(len(items)) as progress:
            yield from self._texts(progress.track(items), matcher, large, verdicts)

    def _texts(
        self,
        items: Iterable[str | InputError],
        matcher: Matcher | None,
        large: set[str],
        verdicts: Iterator[tuple[str, str | FoundLines | None]] | None,
    ) -> Iterator[tuple[str, str | StreamedText | FoundLines]]:
        from commtool.read.reader import StreamedText, decode, read_bytes

        for item in items:
            if isinstance(item, InputError):
                self.report(item)
                continue
            if item in large:
                streamed = StreamedText(item, self.warn)
                try:
                    streamed.check()
                except BinaryInputError as err:
                    self.warn(str(err))
                except InputError as err:
                    self.error(str(err))
                else:
                    yield item, streamed
                continue
            if verdicts is not None and item != STDIN_NAME:
                verdict, message = next(verdicts)
                if verdict == "warn":
                    self.warn(str(message or item))
                    verdict, message = next(verdicts)
                if verdict == "error":
                    self.error(str(message or item))
                elif verdict == "binary":
                    self.warn(str(message or item))
                elif verdict == "keep" and message is not None:
                    yield item, message
                continue
            try:
                decoded = decode(read_bytes(item), item)
            except BinaryInputError as err:
                self.warn(str(err))
                continue
            except InputError as err:
                self.error(str(err))
                continue
            if decoded.warning:
                self.warn(decoded.warning)
            if matcher is None or matcher.anywhere(decoded.text):
                yield item, decoded.text

    def documents(
        self,
        paths: tuple[str, ...],
        jobs: int | None = 1,
        db: str | None = None,
        worker: Callable[[str], Any] | None = None,
    ) -> Iterator[Any]:
        """Parse every input, in order; unreadable ones are reported and skipped.

        With several jobs (None: every core, for inputs of many files) the parsing runs in
        worker processes while the results still come out in the inputs' order. With an
        index (`db`), the documents come from it instead, under `paths` when given.
        `worker` replaces the parsing of one file (pipeline.parse_or_error) by a function of
        the path that also returns an InputError rather than raising it; the parts of a
        large file still come as Documents."""
        if db:
            from commtool.archive import index

            yield from index.documents(index.connect(db, warn=self.warn), paths)
            return
        from commtool import pipeline

        items = self._inputs(paths)
        worker = worker or pipeline.parse_or_error
        # Large files are parsed here, part by part (pipeline.parse_parts), whatever `worker`
        # does with the others: each part is a Document.
        large = {
            i
            for i in items
            if isinstance(i, str) and i != STDIN_NAME and file_size(i) >= pipeline.PARTS_FROM
        }
        cores = jobs if jobs is not None else (os.cpu_count() or 1)
        workers = cores
        if workers > 1 and jobs is None and sum(isinstance(i, str) for i in items) < PARALLEL_FROM:
            workers = 1  # but the parts of a large file still use every core
        with self._progress(len(items)) as progress:
            results = (
                self._parallel(items, workers, worker, large, progress)
                if workers > 1
                else self._serial(progress.track(items), worker, large, cores)
            )
            for result in results:
                if isinstance(result, InputError):
                    self.report(result)
                else:
                    for warning in result.warnings:
                        self.warn(warning)
                    yield result

    def _serial(
        self,
        items: Iterable[str | InputError],
        worker: Callable[[str], Any],
        large: set[str],
        workers: int = 1,
    ) -> Iterator[Any]:
        for item in items:
            if isinstance(item, InputError):
                yield item
            elif item in large:
                yield from self._parts(item, workers)
            else:
                yield worker(item)

    def _parallel(
        self,
        items: list[str | InputError],
        workers: int,
        worker: Callable[[str], Any],
        large: set[str],
        progress: ProgressBar,
    ) -> Iterator[Any]:
        """Files parsed by worker processes; standard input and large files stay here."""
        from commtool.pipeline import warm

        files = [i for i in items if isinstance(i, str) and i != STDIN_NAME and i not in large]
        warm()
        with worker_pool(workers) as pool:
            parsed = pool.map(worker, files, chunksize=8)
            for item in progress.track(items):
                if isinstance(item, InputError):
                    yield item
                elif item in large:
                    yield from self._parts(item, workers)
                else:
                    yield worker(item) if item == STDIN_NAME else next(parsed)

    def _parts(self, path: str, workers: int = 1) -> Iterator[Any]:
        """The Documents of a large file, in order, or the error that stopped it: its parts
        are parsed by `workers` processes, a few at a time (memory stays flat)."""
        from collections import deque
        from concurrent.futures import Future
        from itertools import chain

        from commtool import pipeline

        try:
            if workers <= 1:
                yield from pipeline.parse_parts(path, self.warn)
                return
            pipeline.warm()
            with worker_pool(workers) as pool:
                pending: deque[Future[list[Any]]] = deque()
                batch: list[tuple[str, int, int]] = []
                size = 0
                for part in chain(pipeline.parts(path, self.warn), [None]):
                    if part is not None:
                        batch.append(part)
                        size += len(part[0])
                        if size < BATCH_CHARS:
                            continue  # small parts travel together
                    if batch:
                        pending.append(pool.submit(pipeline.parse_batch, path, batch))
                        batch, size = [], 0
                    while pending and (part is None or len(pending) > 2 * workers):
                        yield from pending.popleft().result()
        except InputError as err:
            yield err


class ProgressBar:
    """A bar on stderr that moves as inputs are done; with a total of 0, nothing is shown.

    It is drawn again whenever the whole percentage changes, so that a run shows its
    progress even when each input holds the interpreter for longer than a refresh."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.done = 0
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> ProgressBar:
        if self.total:
            from rich.console import Console
            from rich.progress import Progress

            self._bar = Progress(
                console=Console(stderr=True),
                transient=True,
                redirect_stdout=False,
            )
            self._bar.start()
            self._task = self._bar.add_task("reading", total=self.total)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    @property
    def shown(self) -> bool:
        return self._bar is not None

    def echo(self, line: str) -> None:
        """A line printed above the bar, which is drawn again below it."""
        self._bar.console.print(line, markup=False, highlight=False, soft_wrap=True)

    def track(self, items: Iterable[Any]) -> Iterator[Any]:
        """The items, each counted done when the next is asked for (or the run ends)."""
        for item in items:
            yield item
            self.advance()

    def advance(self) -> None:
        self.done += 1
        if self._bar is not None:
            moved = self.done * 100 // self.total != (self.done - 1) * 100 // self.total
            self._bar.update(self._task, completed=self.done, refresh=moved)


def file_size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0  # reported when read
