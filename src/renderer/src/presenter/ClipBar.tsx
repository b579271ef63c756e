/**
 * The current slide's video or audio for the speaker: what it is, whether it plays, where it is
 * and how long it runs, with Play/Pause and Restart (core/media-state.ts). Its length comes from
 * the file's own metadata, loaded here; where it is, from the show's state.
 */
import { useState, type ReactNode } from 'react';
import type { Slide } from '../../../core/deck';
import { slideMedia } from '../../../core/media';
import { playbackPosition, type MediaPlayback } from '../../../core/media-state';
import type { ShowCommand } from '../../../core/show';
import { useT } from '../i18n';
import { servedMedia } from '../slide/media';
import { useNow } from '../useShow';
import { formatDuration } from './format';

const resolve = servedMedia();

export interface ClipBarProps {
  slide: Slide | undefined;
  step: number;
  media: MediaPlayback | null;
  send(command: ShowCommand): void;
}

export function ClipBar({ slide, ...props }: ClipBarProps): ReactNode {
  const clip = slide ? slideMedia(slide) : null;
  // a slide without a clip has no bar, and nothing here ticks
  return clip ? <ClipBarOf clip={clip} {...props} /> : null;
}

function ClipBarOf({
  clip,
  step,
  media,
  send,
}: Omit<ClipBarProps, 'slide'> & { clip: NonNullable<ReturnType<typeof slideMedia>> }): ReactNode {
  const t = useT();
  const now = useNow(media?.startedAt != null ? 250 : 1000);
  const [lengthMs, setLengthMs] = useState<number | null>(null);
  const url = resolve(clip.block.src);
  const playing = media?.startedAt != null;
  const raw = media ? playbackPosition(media, now) : 0;
  const position = lengthMs !== null ? Math.min(raw, lengthMs) : raw;
  const status = media
    ? playing && (lengthMs === null || raw < lengthMs)
      ? t('media.playing')
      : t('media.paused')
    : step < clip.step
      ? t('media.waiting')
      : t('media.ready');
  return (
    <div className="clip-bar" data-testid="clip-bar" data-playing={playing ? 'yes' : 'no'}>
      <span className="clip-kind">
        {clip.block.kind === 'video' ? `▶ ${t('media.video')}` : `♪ ${t('media.audio')}`}
      </span>
      <span className="clip-name" title={clip.block.src}>
        {clip.block.alt || clip.block.src.split('/').pop()}
      </span>
      <span className="clip-status" data-testid="clip-status">
        {status}
      </span>
      <span className="clip-position" data-testid="clip-position" data-ms={Math.round(position)}>
        {t('media.position', {
          position: formatDuration(position),
          length: lengthMs !== null ? formatDuration(lengthMs) : '–',
        })}
      </span>
      <button
        type="button"
        data-testid="clip-toggle"
        onClick={() => send({ type: 'media', action: playing ? 'pause' : 'play' })}
      >
        {playing ? t('media.pause') : t('media.play')}
      </button>
      <button
        type="button"
        data-testid="clip-restart"
        onClick={() => send({ type: 'media', action: 'restart' })}
      >
        {t('media.restart')}
      </button>
      {url ? (
        // the file's length, from its metadata (nothing plays here)
        <video
          key={url}
          src={url}
          preload="metadata"
          muted
          hidden
          onLoadedMetadata={(e) => {
            const el = e.currentTarget;
            if (Number.isFinite(el.duration)) setLengthMs(el.duration * 1000);
            // a recording that does not say its length (a browser's WebM): seeking past the
            // end makes the browser find it
            else el.currentTime = Number.MAX_SAFE_INTEGER;
          }}
          onDurationChange={(e) => {
            const d = e.currentTarget.duration;
            if (Number.isFinite(d) && d > 0) setLengthMs(d * 1000);
          }}
        />
      ) : null}
    </div>
  );
}
