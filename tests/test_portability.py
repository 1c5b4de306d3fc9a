"""The program runs on the Windows laptops at the desk too: no POSIX-only call outside a guarded place.

A call is guarded when it sits under an ``if`` that asks for the platform (``sys.platform``,
``os.name``, ``hasattr(os, ...)``) or inside a ``try`` that catches the error a missing call raises
(ImportError, AttributeError, NotImplementedError, OSError).
"""

from __future__ import annotations

import ast
from pathlib import Path

import asn_event

PACKAGE = Path(asn_event.__file__).parent

# Modules that do not exist on Windows.
POSIX_MODULES = {
    "fcntl",
    "pwd",
    "grp",
    "termios",
    "tty",
    "pty",
    "resource",
    "posix",
    "crypt",
    "syslog",
    "readline",
}
# Attributes of os / signal that do not exist (or do nothing useful) on Windows.
POSIX_ATTRIBUTES = {
    "os": {
        "fork",
        "forkpty",
        "getuid",
        "geteuid",
        "getgid",
        "getegid",
        "setuid",
        "setgid",
        "getgroups",
        "setsid",
        "getsid",
        "getpgid",
        "setpgid",
        "killpg",
        "getppid",
        "chown",
        "lchown",
        "fchown",
        "chmod",
        "fchmod",
        "lchmod",
        "chroot",
        "mkfifo",
        "mknod",
        "statvfs",
        "fstatvfs",
        "uname",
        "nice",
        "sync",
        "getloadavg",
        "sched_getaffinity",
        "O_NOFOLLOW",
        "O_CLOEXEC",
        "WNOHANG",
        "wait3",
        "wait4",
        "setpriority",
        "getpriority",
        "posix_spawn",
        "pipe2",
        "sysconf",
    },
    "signal": {
        "SIGKILL",
        "SIGHUP",
        "SIGQUIT",
        "SIGUSR1",
        "SIGUSR2",
        "SIGALRM",
        "SIGCHLD",
        "SIGPIPE",
        "SIGSTOP",
        "SIGCONT",
        "SIGTSTP",
        "alarm",
        "pause",
        "setitimer",
        "siginterrupt",
    },
}
# Folders that exist only on POSIX systems, written as string literals.
POSIX_PATHS = ("/tmp/", "/dev/null", "/var/", "/proc/", "/etc/", "/usr/share/")
GUARD_WORDS = (
    "sys.platform",
    "os.name",
    "hasattr(os",
    "hasattr(signal",
    "platform.system",
    "POSIX",
    "WINDOWS",
)
GUARD_ERRORS = {"ImportError", "ModuleNotFoundError", "AttributeError", "NotImplementedError", "OSError"}


def _guarded(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    while node in parents:
        parent = parents[node]
        if isinstance(parent, ast.If | ast.IfExp) and any(w in ast.unparse(parent.test) for w in GUARD_WORDS):
            return True
        if isinstance(parent, ast.Try) and node in parent.body:
            caught = {
                name.id if isinstance(name, ast.Name) else getattr(name, "attr", "")
                for handler in parent.handlers
                if handler.type is not None
                for name in (handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type])
            }
            if caught & GUARD_ERRORS:
                return True
        node = parent
    return False


def posix_only(source: str, filename: str = "<source>") -> list[str]:
    """Every POSIX-only call, import or path in ``source`` that no guard protects, as "file:line what"."""
    tree = ast.parse(source, filename)
    parents = {child: parent for parent in ast.walk(tree) for child in ast.iter_child_nodes(parent)}
    found = []
    for node in ast.walk(tree):
        what = None
        if isinstance(node, ast.Import):
            names = [alias.name.split(".")[0] for alias in node.names]
            what = next((f"import {n}" for n in names if n in POSIX_MODULES), None)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in POSIX_MODULES:
            what = f"from {node.module} import"
        elif isinstance(node, ast.ImportFrom) and node.module in POSIX_ATTRIBUTES:
            bad = [a.name for a in node.names if a.name in POSIX_ATTRIBUTES[node.module]]
            what = f"from {node.module} import {', '.join(bad)}" if bad else None
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            if node.attr in POSIX_ATTRIBUTES.get(node.value.id, ()):
                what = f"{node.value.id}.{node.attr}"
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and node.value.startswith(POSIX_PATHS)
        ):
            what = f"path {node.value!r}"
        if what and not _guarded(node, parents):
            found.append(f"{filename}:{node.lineno} {what}")
    return found


def test_no_posix_only_call_outside_a_guard() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        found += posix_only(path.read_text(encoding="utf-8"), str(path.relative_to(PACKAGE.parent)))
    assert found == [], "POSIX-only, unguarded (breaks the Windows build):\n" + "\n".join(found)


def test_the_scan_finds_what_breaks_on_windows() -> None:
    source = (
        "import os, signal, sys\n"
        "import fcntl\n"
        "from pwd import getpwuid\n"
        "def stop(pid):\n"
        "    os.kill(pid, signal.SIGKILL)\n"
        "    os.chmod('x', 0o600)\n"
        "    return open('/tmp/x')\n"
    )
    assert [line.split(" ", 1)[1] for line in posix_only(source)] == [
        "import fcntl",
        "from pwd import",
        "signal.SIGKILL",
        "os.chmod",
        "path '/tmp/x'",
    ]


def test_guarded_calls_pass() -> None:
    source = (
        "import os, sys\n"
        "if sys.platform != 'win32':\n"
        "    import fcntl\n"
        "    os.chmod('x', 0o600)\n"
        "if hasattr(os, 'fork'):\n"
        "    pid = os.fork()\n"
        "try:\n"
        "    import pwd\n"
        "except ImportError:\n"
        "    pwd = None\n"
        "mode = os.getuid() if os.name == 'posix' else None\n"
    )
    assert posix_only(source) == []
