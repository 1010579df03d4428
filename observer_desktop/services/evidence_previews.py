"""Previews made after the fact: thumbnails and print renditions a data folder lacks.

An import makes both in its one pass over each photo. This makes what is missing
for data made elsewhere (an audit package from another laptop, a folder from
before print-size renditions, whose 1,600 px renditions are replaced and removed)
or an import that was told to leave renditions out: a report calls it before it
lays out the gallery, the viewer and the package import too.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from observer_desktop.evidence.media import MediaInfo, analyze
from observer_desktop.evidence.sniff import sniff
from observer_desktop.services.app import Observador
from observer_desktop.services.evidence_import import ImportProgress

__all__ = ["make_previews"]


def make_previews(
    app: Observador,
    shas: Iterable[str],
    *,
    progress: Callable[[ImportProgress], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    workers: int = 2,
) -> int:
    """Make the missing thumbnails and print renditions of stored images.

    Returns how many files were written. Stops early (keeping what is done) when
    ``should_cancel`` says so; a file that cannot be decoded is skipped.
    """
    todo = _missing_previews(app, shas)
    if not todo:
        return 0
    return _render_previews(
        todo, progress=progress, cancel=should_cancel or (lambda: False), workers=workers
    )


class _Preview:
    """A stored image and the previews it lacks."""

    def __init__(self, source: Path, mime: str, thumb: Path, rendition: Path, legacy: Path):
        self.source, self.mime, self.legacy = source, mime, legacy
        self.thumb = None if thumb.is_file() else thumb
        self.rendition = None if rendition.is_file() else rendition

    def make(self) -> MediaInfo:
        info = analyze(
            self.source, mime=self.mime, thumb_path=self.thumb, rendition_path=self.rendition
        )
        if info.rendition:  # the 1,600 px one of older folders is of no use any more
            self.legacy.unlink(missing_ok=True)
        return info


def _missing_previews(app: Observador, shas: Iterable[str]) -> list[_Preview]:
    """The stored images among ``shas`` that lack their thumbnail or their rendition."""
    todo: list[_Preview] = []
    for sha in dict.fromkeys(shas):
        thumb, rendition = app.evidence.thumbnail_path(sha), app.evidence.rendition_path(sha)
        if thumb.is_file() and rendition.is_file():
            continue
        source = app.evidence.path_for(sha)
        if not source.is_file():
            continue
        kind = sniff(source)
        if kind.is_image:
            legacy = app.evidence.legacy_rendition_path(sha)
            todo.append(_Preview(source, kind.mime, thumb, rendition, legacy))
    return todo


def _render_previews(
    todo: list[_Preview],
    *,
    progress: Callable[[ImportProgress], None] | None,
    cancel: Callable[[], bool],
    workers: int,
) -> int:
    """Decode on the pool, a few files ahead; how many files were written."""
    made = 0

    def report(done: int, current: str) -> None:
        if progress is not None:
            progress(ImportProgress(done, len(todo), 0, 0, current, stage="previews"))

    with ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="previews") as pool:
        futures: deque[Future[MediaInfo]] = deque()
        queue = iter(todo)
        done = 0
        report(0, todo[0].source.name)
        while True:
            # a bounded queue: a cancel stops within a few files
            while len(futures) < 2 * workers and (item := next(queue, None)) is not None:
                futures.append(pool.submit(item.make))
            if not futures:
                break
            info = futures.popleft().result()
            made += int(info.rendition) + int(info.thumbnail)
            done += 1
            report(done, "")
            if cancel():
                # those not started are dropped; those under way are finished and counted
                for future in futures:
                    if not future.cancel():
                        info = future.result()
                        made += int(info.rendition) + int(info.thumbnail)
                break
    return made
