import { useEffect, useState } from 'react';
import type { FollowAt, FollowDeck } from '../../../core/follow';
import type { ConnectionStatus, ShowTransport } from '../transport/transport';

export interface Following {
  deck: FollowDeck | null;
  at: FollowAt | null;
  status: ConnectionStatus;
}

/** Follows the talk as a follower is sent it: the deck to read and where the speaker is. */
export function useFollow(transport: ShowTransport): Following {
  const [deck, setDeck] = useState<FollowDeck | null>(null);
  const [at, setAt] = useState<FollowAt | null>(null);
  const [status, setStatus] = useState<ConnectionStatus>('connecting');
  useEffect(
    () =>
      transport.connect({
        onSnapshot: () => undefined,
        onState: () => undefined,
        onStatus: setStatus,
        onFollow: (message) => {
          if (message.type === 'follow-deck') setDeck(message.deck);
          else setAt(message.at);
        },
      }),
    [transport],
  );
  return { deck, at, status };
}
