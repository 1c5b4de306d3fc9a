"""Qt stays in asn_event/ui and asn_event/app.py: every other module imports with PySide6 blocked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import asn_event

PACKAGE = Path(asn_event.__file__).parent


def core_modules() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = rel.parts
        if parts[1:2] == ("ui",) or rel.as_posix() == "asn_event/app" or "migrations" in parts:
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.append(".".join(parts))
    return names


def test_core_modules_import_without_pyside6() -> None:
    modules = core_modules()
    assert "asn_event.events" in modules and "asn_event.cli" in modules
    script = (
        "import sys, importlib\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'PySide6' or name.startswith('PySide6.') or name == 'shiboken6':\n"
        "            raise ImportError('PySide6 is blocked: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_first_paint_needs_neither_the_orm_nor_heavy_libraries(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The window is shown with the event before SQLAlchemy's ORM, Alembic, reportlab, openpyxl,
    QtMultimedia or QtCharts are imported (they are loaded when first needed, after the paint)."""
    db = tmp_path / "s.sqlite"
    subprocess.run(
        [sys.executable, "-m", "asn_event", "demo", "--db", str(db), "--participants", "5"],
        check=True,
        capture_output=True,
    )
    script = (
        "import sys, os\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "import asn_event.cli\n"
        "from asn_event.app import start\n"
        "from PySide6.QtCore import QSettings\n"
        "from asn_event.ui.shell.settings import Settings\n"
        f"app, window, db = start({str(db)!r}, Settings(QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat)))\n"
        "assert 'Coaching Manajemen Kepegawaian' in window.switcher.currentText()\n"
        "heavy = ['sqlalchemy.orm', 'alembic', 'reportlab', 'openpyxl', 'PySide6.QtMultimedia', 'PySide6.QtCharts']\n"
        "print(','.join(m for m in heavy if m in sys.modules))\n"
        "os._exit(0)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def _imported_modules(path: Path) -> set[str]:
    import ast

    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_the_ui_reaches_storage_only_through_services() -> None:
    """Widgets speak the domain vocabulary (asn_event.domain); only app.py, the composition root, opens the database."""
    offenders = {
        str(path.relative_to(PACKAGE.parent)): sorted(
            name for name in _imported_modules(path) if name == "asn_event.db" or name.startswith("asn_event.db.")
        )
        for path in sorted((PACKAGE / "ui").rglob("*.py"))
    }
    offenders = {path: names for path, names in offenders.items() if names}
    assert offenders == {}
    assert any(name.startswith("asn_event.db") for name in _imported_modules(PACKAGE / "app.py"))


def test_the_domain_vocabulary_needs_no_storage() -> None:
    script = "import sys, asn_event.domain, asn_event.words\nprint(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'asn_event.db'))))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
