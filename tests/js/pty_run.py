#!/usr/bin/env python3
"""Run a command on a new pseudo-terminal and act on what it prints.

    pty_run.py [--size COLSxROWS] [--on TEXT ACTION]... -- COMMAND ARG...

The command's stdin, stdout and stderr are the terminal (its window size
COLSxROWS, 80x24 by default).  Everything it writes is copied to our
stdout, with the terminal's "\\r\\n" turned back into "\\n".  Each --on
waits until the output so far contains TEXT, then does ACTION, in order:

    send:STRING     type STRING (backslash escapes: \\n, \\x04 for ^D, ...)
    resize:CxR      set the window size to C columns, R rows (the kernel
                    sends SIGWINCH to the terminal's foreground process)

Exits with the command's status (128 + N if a signal N killed it), or 124
when it runs longer than 20 seconds.  Used by the tty tests in
tests/js/meson.build: it makes the tests independent of the terminal (if
any) that runs the suite.
"""
import codecs
import fcntl
import os
import pty
import select
import struct
import sys
import termios
import time


def set_size(fd, cols, rows):
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', rows, cols, 0, 0))


def parse_size(text):
    cols, rows = text.split('x')
    return int(cols), int(rows)


def main(argv):
    size = (80, 24)
    actions = []
    i = 0
    while i < len(argv) and argv[i] != '--':
        if argv[i] == '--size':
            size = parse_size(argv[i + 1])
            i += 2
        elif argv[i] == '--on':
            actions.append((argv[i + 1], argv[i + 2]))
            i += 3
        else:
            sys.exit('pty_run.py: bad argument ' + argv[i])
    command = argv[i + 1:]
    if not command:
        sys.exit('pty_run.py: no command')

    pid, master = pty.fork()
    if pid == 0:
        os.execvp(command[0], command)
    set_size(master, *size)

    output = b''
    deadline = time.time() + 20
    while True:
        while actions and actions[0][0].encode() in output:
            _, action = actions.pop(0)
            kind, _, arg = action.partition(':')
            if kind == 'send':
                os.write(master, codecs.decode(arg, 'unicode_escape')
                         .encode('latin-1'))
            elif kind == 'resize':
                set_size(master, *parse_size(arg))
            else:
                sys.exit('pty_run.py: bad action ' + action)
        left = deadline - time.time()
        if left <= 0:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
            sys.stdout.write(output.decode('utf-8', 'replace'))
            print('pty_run.py: timed out')
            return 124
        ready, _, _ = select.select([master], [], [], left)
        if not ready:
            continue
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the terminal's last user is gone
            data = b''
        if not data:
            break
        output += data

    _, status = os.waitpid(pid, 0)
    sys.stdout.write(output.replace(b'\r\n', b'\n').decode('utf-8',
                                                            'replace'))
    if os.WIFSIGNALED(status):
        return 128 + os.WTERMSIG(status)
    return os.WEXITSTATUS(status)


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
