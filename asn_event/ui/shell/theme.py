"""The visual language (../shared/UI.md): colours, bundled fonts, icons and the application style sheet."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from asn_event import brand
from asn_event.brand import ACCENT, BORDER, MUTED, PRIMARY, SURFACE, TEXT
from asn_event.paths import resource

PRIMARY_DARK = "#173B5C"
WHITE = "#FFFFFF"


@dataclass(frozen=True, slots=True)
class Tone:
    """A state's colours: text/icon on background."""

    fg: str
    bg: str


SUCCESS = Tone(brand.SUCCESS_FG, brand.SUCCESS_BG)
WARNING = Tone(brand.WARNING_FG, brand.WARNING_BG)
DANGER = Tone(brand.DANGER_FG, brand.DANGER_BG)
NEUTRAL = Tone(MUTED, "#EEF2F6")

# The screen uses the sans family; the serif (certificates) is registered with reportlab when printing.
FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf")
UI_FAMILY = "Noto Sans"
BASE_POINT_SIZE = 11


def load_fonts() -> None:
    """Register the bundled fonts so screen and paper look the same on every laptop."""
    for name in FONT_FILES:
        QFontDatabase.addApplicationFont(str(resource("fonts", name)))


@cache
def _svg_text(name: str) -> str:
    return resource("icons", f"{name}.svg").read_text(encoding="utf-8")


def icon_pixmap(name: str, color: str = TEXT, size: int = 24) -> QPixmap:
    """A bundled Lucide icon drawn in ``color`` (the SVGs use currentColor)."""
    svg = _svg_text(name).replace("currentColor", color)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    ratio = 2.0
    pixmap = QPixmap(QSize(int(size * ratio), int(size * ratio)))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


@lru_cache(maxsize=256)
def icon(name: str, color: str = TEXT, size: int = 24) -> QIcon:
    """The icon, rendered from its SVG once per name, colour and size (table cells ask on every paint)."""
    return QIcon(icon_pixmap(name, color, size))


def font(point_size: float = BASE_POINT_SIZE, bold: bool = False, family: str = UI_FAMILY) -> QFont:
    result = QFont(family)
    result.setPointSizeF(point_size)
    result.setBold(bold)
    return result


CHEVRON = resource("icons", "chevron-down.svg").as_posix()
CHEVRON_UP = resource("icons", "chevron-up.svg").as_posix()

STYLE_SHEET = f"""
QMainWindow, QWidget#page {{ background: {SURFACE}; }}
QWidget {{ color: {TEXT}; }}
QWidget#sidebar {{ background: {PRIMARY}; }}
QLabel#brand {{ color: {WHITE}; font-size: 15pt; font-weight: 700; padding: 16px 16px 4px 16px; }}
QPushButton#deskButton {{ background: transparent; color: {WHITE}; text-align: left; padding: 8px 16px;
    border: none; }}
QPushButton#deskButton:hover {{ background: #265C8D; }}
QLabel#brandSub {{ color: #C7D6E5; font-size: 9pt; padding: 0 16px 16px 16px; }}
QListWidget#nav {{ background: transparent; border: none; color: {WHITE}; font-size: 11pt; outline: none; }}
QListWidget#nav::item {{ padding: 10px 16px; border-left: 4px solid transparent; }}
QListWidget#nav::item:selected {{ background: {PRIMARY_DARK}; border-left: 4px solid {ACCENT}; color: {WHITE}; }}
QListWidget#nav::item:hover:!selected {{ background: #265C8D; }}
QListWidget#nav:focus {{ outline: none; }}
QLabel#pageTitle {{ font-size: 17pt; font-weight: 700; color: {PRIMARY}; }}
QLabel#pageSubtitle {{ color: {MUTED}; }}
QLabel#muted {{ color: {MUTED}; }}
QLabel#sectionTitle {{ font-size: 12pt; font-weight: 700; color: {PRIMARY}; }}
QFrame#card {{ background: {WHITE}; border: 1px solid {BORDER}; border-radius: 8px; }}
QPushButton {{
    background: {WHITE}; border: 1px solid {BORDER}; border-radius: 6px; padding: 7px 14px; min-height: 20px;
}}
QPushButton:hover {{ border-color: {PRIMARY}; }}
QPushButton:focus {{ border: 2px solid {ACCENT}; }}
QPushButton:disabled {{ color: #9AA5B1; }}
QPushButton[primary="true"] {{ background: {PRIMARY}; color: {WHITE}; border-color: {PRIMARY}; font-weight: 600; }}
QPushButton[primary="true"]:hover {{ background: #265C8D; }}
QPushButton[danger="true"] {{ color: {DANGER.fg}; border-color: #F1B8B2; }}
QPushButton[danger="true"]:disabled {{ color: #9AA5B1; border-color: {BORDER}; }}
QLineEdit, QComboBox, QTextEdit, QPlainTextEdit {{
    background: {WHITE}; border: 1px solid {BORDER}; border-radius: 6px; padding: 6px 8px; min-height: 20px;
}}
QAbstractSpinBox {{ background: {WHITE}; border: 1px solid {BORDER}; border-radius: 6px; padding: 6px 4px 6px 8px;
    min-height: 20px; }}
QAbstractSpinBox::up-button {{ subcontrol-origin: border; subcontrol-position: top right; width: 22px;
    border: none; }}
QAbstractSpinBox::down-button {{ subcontrol-origin: border; subcontrol-position: bottom right; width: 22px;
    border: none; }}
QAbstractSpinBox::up-arrow {{ image: url({CHEVRON_UP}); width: 12px; height: 12px; }}
QAbstractSpinBox::down-arrow {{ image: url({CHEVRON}); width: 12px; height: 12px; }}
QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus, QTextEdit:focus,
QPlainTextEdit:focus {{ border: 2px solid {ACCENT}; }}
QAbstractSpinBox QLineEdit, QComboBox QLineEdit {{ border: none; padding: 0; background: transparent; }}
QComboBox::drop-down, QDateEdit::drop-down {{ border: none; width: 26px; }}
QComboBox::down-arrow, QDateEdit::down-arrow {{ image: url({CHEVRON}); width: 14px; height: 14px; }}
QLineEdit[invalid="true"] {{ border: 2px solid {DANGER.fg}; background: {DANGER.bg}; }}
QTableView {{ background: {WHITE}; border: 1px solid {BORDER}; border-radius: 6px;
    gridline-color: #EEF2F6; selection-background-color: #DCE8F5; selection-color: {TEXT}; }}
QHeaderView::section {{ background: {SURFACE}; border: none; border-bottom: 1px solid {BORDER};
    padding: 6px 8px; font-weight: 600; color: {MUTED}; }}
QStatusBar {{ background: {WHITE}; border-top: 1px solid {BORDER}; color: {MUTED}; }}
QLabel#errorText {{ color: {DANGER.fg}; }}
QLabel#placeholderText {{ color: {MUTED}; font-size: 12pt; }}
QToolTip {{ background: {TEXT}; color: {WHITE}; border: none; padding: 4px 8px; }}
"""


def apply_theme(app: QApplication) -> None:
    load_fonts()
    app.setFont(font())
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE_SHEET)


def tone_color(tone: Tone) -> tuple[QColor, QColor]:
    return QColor(tone.fg), QColor(tone.bg)


def card_layout(card: QWidget, title: str) -> QVBoxLayout:
    """Make ``card`` a titled card (frame style, margins, heading) and return its layout for the rest."""
    card.setObjectName("card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(16, 14, 16, 14)
    heading = QLabel(title)
    heading.setObjectName("sectionTitle")
    layout.addWidget(heading)
    return layout
