import pathlib, os
base = pathlib.Path("/tmp") / ("taipan_smoke_pl_%d" % os.getpid())
(base / "sub").mkdir(parents=True, exist_ok=True)
f = base / "sub" / "note.txt"
f.write_text("abc\ndef\n")
print(f.name, f.suffix, f.stem, f.parent.name, f.exists(), f.is_file(), f.read_text().split())
print(sorted(p.name for p in base.rglob("*")), [p.name for p in (base / "sub").glob("*.txt")])
p = pathlib.PurePosixPath("/a/b/c.tar.gz")
print(p.parts, p.suffixes, p.with_suffix(".zip"), p.relative_to("/a"), p.is_absolute(), p.match("*.gz"))
print(pathlib.Path("x/y").joinpath("z"), pathlib.PurePath("a") / "b" / "..", str(pathlib.Path("/")))
f.unlink(); (base / "sub").rmdir(); base.rmdir(); print(base.exists())
