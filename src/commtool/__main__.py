from commtool.cli import main

main()
