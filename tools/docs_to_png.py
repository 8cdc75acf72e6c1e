"""Export every document of the demo workspace in both languages, convert to PDF and to page PNGs.

For looking at what a client receives, page by page:

    python tools/docs_to_png.py --out /tmp/docs            # every document of every engagement, en and zh_CN
    python tools/docs_to_png.py --out /tmp/docs --kinds spec --dpi 70 --engagement "WMS architecture rework"

Files are named <engagement number>-<kind>-<lang>[-<page>]; an engagement lacking what a document needs
(no meeting, no diagnosis, no dispute case) is skipped for that document with a line saying so.

Needs LibreOffice (soffice) and poppler (pdftoppm); uses the installed consultdesk-cli next to this
interpreter. Prints one line per page image written.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

KINDS = ("spec", "summary", "diagnosis", "dispute", "minutes", "status", "acceptance")
LANGS = ("en", "zh_CN")


def cli() -> str:
    beside = Path(sys.executable).with_name("consultdesk-cli")
    return str(beside) if beside.exists() else "consultdesk-cli"


def run(args: list[str]) -> None:
    done = subprocess.run(args, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({done.returncode}): {done.stderr.strip()}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--data-dir", type=Path, help="an existing workspace (default: a fresh demo one)")
    parser.add_argument("--client", default="")
    parser.add_argument("--engagement", default="")
    parser.add_argument("--kinds", nargs="*", default=list(KINDS))
    parser.add_argument("--langs", nargs="*", default=list(LANGS))
    parser.add_argument("--dpi", type=int, default=60)
    parser.add_argument("--sheet", type=int, default=0, metavar="N",
                        help="also paste the pages N to a row into sheet-<kind>-<lang>.png")
    args = parser.parse_args()
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice or not shutil.which("pdftoppm"):
        print("Needs LibreOffice (soffice) and poppler-utils (pdftoppm).", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    data_dir = args.data_dir
    if data_dir is None:
        data_dir = Path(tempfile.mkdtemp(prefix="consultdesk-docs-"))
        run([cli(), "--data-dir", str(data_dir), "demo"])
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    for number, (client, engagement) in enumerate(_engagements(data_dir), start=1):
        if (args.client and client != args.client) or (args.engagement and engagement != args.engagement):
            continue
        for kind in args.kinds:
            for lang in args.langs:
                stem = f"{number}-{kind}-{lang}"
                docx = args.out / f"{stem}.docx"
                done = subprocess.run([cli(), "--data-dir", str(data_dir), "export", kind, "--client", client,
                                       "--engagement", engagement, "--out", str(docx), "--lang", lang],
                                      capture_output=True, text=True, timeout=600)
                if done.returncode == 1:  # the engagement lacks what this document is about
                    print(f"skipped {stem}: {done.stderr.strip()}")
                    continue
                if done.returncode != 0 or done.stderr.strip():
                    raise SystemExit(f"export {stem} failed ({done.returncode}): {done.stderr.strip()}")
                run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                     "--outdir", str(args.out), str(docx)])
                run(["pdftoppm", "-png", "-r", str(args.dpi), str(docx.with_suffix(".pdf")), str(args.out / stem)])
                pages = sorted(args.out.glob(f"{stem}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
                for png in pages:
                    print(png)
                if args.sheet:
                    print(_sheet(pages, args.out / f"sheet-{stem}.png", args.sheet))
    return 0


def _sheet(pages: list[Path], target: Path, per_row: int) -> Path:
    from PIL import Image  # pillow comes with matplotlib

    images = [Image.open(p) for p in pages]
    w = max(i.width for i in images)
    h = max(i.height for i in images)
    rows = (len(images) + per_row - 1) // per_row
    sheet = Image.new("RGB", (w * min(per_row, len(images)), h * rows), "white")
    for n, image in enumerate(images):
        sheet.paste(image, ((n % per_row) * w, (n // per_row) * h))
    sheet.save(target)
    return target


def _engagements(data_dir: Path) -> list[tuple[str, str]]:
    import json

    done = subprocess.run([cli(), "--data-dir", str(data_dir), "list", "--json"], capture_output=True, text=True)
    return [(c["name"], e["name"]) for c in json.loads(done.stdout)["clients"] for e in c["engagements"]]


if __name__ == "__main__":
    sys.exit(main())
