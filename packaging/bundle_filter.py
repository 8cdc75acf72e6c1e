"""What the bundle leaves out, so it stays small: Qt parts and libraries the app never loads.

Kept: QtCore/QtGui/QtWidgets/QtSvg and the plugins they need at run time (platforms, image formats
incl. SVG, icon engines, platform themes), Qt's Chinese translations, numpy as far as matplotlib uses it.
"""

from __future__ import annotations

import re

EXCLUDED_MODULES = [
    "tkinter", "_tkinter", "pydoc_data", "lib2to3", "idlelib", "ensurepip", "venv",
    # No network: nothing uses TLS; hashlib falls back to its built-in digests without OpenSSL.
    "ssl", "_ssl", "_hashlib", "readline", "curses", "_curses",
    # Image formats and extras matplotlib's PNG output never touches
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL._imagingcms", "PIL.ImageCms",
    "PIL._imagingtk", "PIL.ImageTk", "PIL.ImageQt", "PIL.ImageShow",
    "lxml.objectify", "lxml.html", "lxml.isoschematron",
    "PyInstaller", "pip", "setuptools", "pkg_resources", "IPython", "pytest", "hypothesis",
    # numpy parts matplotlib does not use
    "numpy.f2py", "numpy.distutils", "numpy.testing", "numpy._pyinstaller", "numpy.random", "numpy.fft", "numpy.polynomial",
    # matplotlib backends other than Agg (charts are drawn off-screen)
    "matplotlib.backends.backend_qtagg", "matplotlib.backends.backend_qt", "matplotlib.backends.backend_qt5agg",
    "matplotlib.backends.backend_tkagg", "matplotlib.backends.backend_tkcairo", "matplotlib.backends._backend_tk",
    "matplotlib.backends.backend_gtk3agg", "matplotlib.backends.backend_gtk4agg", "matplotlib.backends.backend_wx",
    "matplotlib.backends.backend_wxagg", "matplotlib.backends.backend_webagg", "matplotlib.backends.backend_nbagg",
    "PySide6.QtNetwork", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtQml", "PySide6.QtQuick",
    "PySide6.QtDBus", "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtConcurrent", "PySide6.QtXml",
    "PySide6.QtDesigner", "PySide6.QtUiTools", "PySide6.QtHelp", "PySide6.QtMultimedia",
]

# Qt plugin folders the app needs; every other plugin folder is dropped.
# (No OpenGL integrations: the widgets paint with the raster engine on X11 and Wayland alike.)
KEPT_PLUGIN_DIRS = {"platforms", "imageformats", "iconengines", "platformthemes", "styles",
                    "platforminputcontexts", "wayland-shell-integration", "wayland-decoration-client"}
KEPT_PLATFORMS = re.compile(r"(qxcb|offscreen|wayland\.|qwayland|qminimal\.|windows|cocoa)", re.I)
KEPT_IMAGE_FORMATS = re.compile(r"(svg|ico|jpeg|gif)", re.I)

# Qt libraries nothing kept links to (pulled in by plugins or hooks we drop).
DROPPED_QT_LIBS = re.compile(
    r"Qt6?(Network|Qml|QmlModels|QmlMeta|QmlWorkerScript|Quick|QuickWidgets|Pdf|VirtualKeyboard|"
    r"OpenGLWidgets|EglFSDeviceIntegration|EglFsKmsSupport|EglFsKmsGbmSupport|Sql|Test|Concurrent|Xml|Designer|UiTools|Help|Multimedia|Positioning|WebChannel|"
    r"WebSockets|Qml.*|Quick.*|ShaderTools|3D.*|Charts|DataVisualization|Graphs|Location|Sensors|"
    r"SerialPort|Bluetooth|Nfc|RemoteObjects|Scxml|StateMachine|TextToSpeech|WebEngine.*)\b")

# Libraries every Linux desktop has and that must come from the system (the graphics stack and its
# friends; a bundled copy breaks on other drivers): the usual AppImage exclusion list, in short.
SYSTEM_LIBS = re.compile(
    r"^(libGL|libEGL|libGLX|libGLdispatch|libOpenGL|libdrm|libgbm|libX11|libX11-xcb|libXau|libXdmcp|libXext|"
    r"libXrender|libXi|libXfixes|libxcb|libxcb-.*|libxkbcommon|libxkbcommon-x11|libwayland-.*|libfontconfig|libfreetype|"
    r"libexpat|libdbus-1|libglib-2\.0|libgobject-2\.0|libgio-2\.0|libgmodule-2\.0|libgthread-2\.0|libz|"
    r"libuuid|libsystemd|libffi|libpcre2-8|libbz2|libpng16|libharfbuzz|libgraphite2|libbrotli.*|libcap|"
    r"libgcrypt|libgpg-error|liblzma|libzstd|liblz4|libmount|libblkid|libselinux|libstdc\+\+|libgcc_s|libm|"
    r"libc|libdl|libpthread|librt|libresolv|libgtk-3|libgdk-3|libatk.*|libpango.*|libcairo.*|"
    r"libgdk_pixbuf.*|libepoxy|libatspi|libXcomposite|libXcursor|libXdamage|libXinerama|libXrandr|"
    r"libxkbfile|libpixman-1|libthai|libdatrie|libfribidi|libjpeg|libtiff|libwebp.*|libjbig|libdeflate|"
    r"libLerc|libsharpyuv|libicu.*|libgssapi_krb5|libkrb5|libk5crypto|libkrb5support|libcom_err|libkeyutils|"
    r"libbsd|libmd)\.so")


def _name(dest: str) -> str:
    return dest.replace("\\", "/")


def _keep(dest: str, source: str) -> bool:
    dest = _name(dest)
    parts = dest.split("/")
    base = parts[-1]
    if "/plugins/" in f"/{dest}":
        folder = parts[parts.index("plugins") + 1] if len(parts) > parts.index("plugins") + 2 else ""
        if folder not in KEPT_PLUGIN_DIRS:
            return False
        if folder == "platforms" and not KEPT_PLATFORMS.search(base):
            return False
        if folder == "imageformats" and not KEPT_IMAGE_FORMATS.search(base):
            return False
        if folder == "platformthemes" and "gtk" in base.lower():
            return False  # pulls in GTK; the xdg-desktop-portal theme covers file dialogs
    if "/mpl-data/" in dest and re.search(r"/mpl-data/(sample_data|images|fonts/afm|fonts/pdfcorefonts)/|"
                                          r"/DejaVuSerif", dest):
        return False  # example data, GUI toolbar icons, PostScript/PDF metrics, serif faces: unused
    if "/translations/" in f"/{dest}" and "PySide6" in dest:
        return bool(re.match(r"qt(base)?_zh_CN\.qm$", base))
    if DROPPED_QT_LIBS.search(base):
        return False
    # System libraries found outside the Python environment are left to the system (Linux only).
    if source.startswith(("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")) and SYSTEM_LIBS.match(base):
        return False
    return True


def keep_binaries(entries):
    return [e for e in entries if _keep(e[0], e[1])]


def keep_datas(entries):
    return [e for e in entries if _keep(e[0], e[1])]
