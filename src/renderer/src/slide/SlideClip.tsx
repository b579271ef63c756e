/**
 * A video or audio clip on a slide (core/media.ts). In a live view it follows the show's state
 * (SlidePlayback): it plays from where the state says while its slide is up and it is out, and is
 * stopped and rewound otherwise — a late window or a reload joins at the right second. In an
 * exported file it has its own controls. A clip that cannot be loaded is a dashed box with its
 * name, as an image is.
 */
import { useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Block } from '../../../core/deck';
import { playbackPosition } from '../../../core/media-state';
import type { MediaResolver } from './media';
import { SlidePlayback } from './playback';

/** How far a playing clip may drift from the show's clock before it is put back, ms. */
const DRIFT_MS = 400;

export function SlideClip({
  block,
  slideId,
  media,
}: {
  block: Extract<Block, { type: 'media' }>;
  slideId: string;
  media: MediaResolver;
}): ReactNode {
  const playback = useContext(SlidePlayback);
  const ref = useRef<HTMLVideoElement & HTMLAudioElement>(null);
  const [failed, setFailed] = useState(false);
  const url = block.src ? media(block.src) : null;
  const current = playback !== null && playback.slideId === slideId ? playback.media : null;

  useEffect(() => {
    const el = ref.current;
    if (!el || !playback) return;
    const sync = () => {
      if (!current) {
        if (!el.paused) el.pause();
        if (el.currentTime !== 0 && el.readyState > 0) el.currentTime = 0;
        return;
      }
      const target = playbackPosition(current, Date.now()) / 1000;
      const end = Number.isFinite(el.duration) ? el.duration : Infinity;
      if (el.readyState > 0 && Math.abs(el.currentTime - Math.min(target, end)) * 1000 > DRIFT_MS)
        el.currentTime = Math.min(target, end);
      if (current.startedAt === null) el.pause();
      else if (el.paused && !el.ended && target < end) void el.play().catch(() => playback.onBlocked?.());
    };
    sync();
    // the clip's length is known once its metadata is in; keep it in step while it plays
    el.addEventListener('loadedmetadata', sync);
    const id = current ? setInterval(sync, 1000) : undefined;
    return () => {
      el.removeEventListener('loadedmetadata', sync);
      clearInterval(id);
    };
  }, [current, playback]);

  if (!url || failed) return <div className="image-missing">{block.alt || block.src.split('/').pop()}</div>;
  const common = {
    src: url,
    'data-media': block.src,
    'data-clip': block.kind,
    title: block.alt || undefined,
    preload: 'metadata',
    onError: () => setFailed(true),
  } as const;
  // exported files: the clip's own controls; live views: the show plays it
  const live = playback !== null;
  return block.kind === 'video' ? (
    <video
      ref={ref}
      {...common}
      controls={!live}
      muted={playback?.muted ?? false}
      playsInline
      className="clip"
    />
  ) : (
    <div className="clip audio-clip">
      <span className="clip-label">♪ {block.alt || block.src.split('/').pop()}</span>
      <audio ref={ref} {...common} controls={!live} muted={playback?.muted ?? false} />
    </div>
  );
}
