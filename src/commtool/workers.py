"""Worker processes: a pool that leaves Ctrl-C to the main process and is killed, not
waited for, when left early; and how the process ends once a pool was abandoned."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from commtool.errors import EXIT_INTERRUPTED

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

PR_SET_PDEATHSIG = 1  # Linux's prctl option: a signal for this process when its parent dies


class Terminated(KeyboardInterrupt):
    """SIGTERM, handled as Ctrl-C is: a KeyboardInterrupt, so that every path that stops the
    workers and ends the output on Ctrl-C runs for it too."""


def _terminate(_signum: int, _frame: object) -> None:
    raise Terminated


def handle_termination() -> None:
    """In the main process: SIGTERM ends the run as Ctrl-C does (its workers stopped)."""
    import signal

    signal.signal(signal.SIGTERM, _terminate)


def worker_start() -> None:
    """In a worker process: Ctrl-C and SIGTERM are the main process's to handle (it stops the
    workers), and the worker dies with the main process, even one killed with kill -9."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):  # no prctl: the parent's own stop_workers remains
            pass
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


_ABANDONED = False  # a pool was left with its processes killed


def abandoned() -> bool:
    """Whether a pool was left with its processes killed: the process must then end without
    waiting for the pool's threads (leave)."""
    return _ABANDONED


@contextlib.contextmanager
def worker_pool(
    workers: int, initializer: Callable[..., None] | None = None, initargs: tuple[Any, ...] = ()
) -> Iterator[ProcessPoolExecutor]:
    """A pool of worker processes (which leave Ctrl-C to this one). Left early (Ctrl-C, a
    closed pipe, an error), its processes are killed rather than waited for: one may be in
    the middle of a long part of a file."""
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(
        max_workers=workers, initializer=initializer or worker_start, initargs=initargs
    )
    try:
        yield pool
    except BaseException:
        import threading

        # The pool's own thread may trip over futures cancelled in the teardown (Python
        # 3.11): nothing it would report matters now.
        threading.excepthook = lambda args: None
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            process.kill()
        pool.shutdown(wait=False)  # what was queued fails as a broken pool, unread
        # Its thread may now wait forever for the rest of a result a killed process was
        # writing: the process must end without joining it (see main).
        global _ABANDONED
        _ABANDONED = True
        raise
    pool.shutdown(wait=True)


def stop_workers(code: int = EXIT_INTERRUPTED) -> None:
    """End any worker process now and leave with `code`: waiting for one could wait forever
    (it may be blocked writing a result that nobody will read)."""
    if "multiprocessing" not in sys.modules:
        return
    import multiprocessing

    children = multiprocessing.active_children()
    if not children:
        return
    import threading

    threading.excepthook = lambda args: None  # the pools' threads see their workers die
    for child in children:
        child.kill()
    leave(code)


def leave(code: int) -> None:
    """Exit at once, without waiting for the threads of pools whose processes were killed."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)
