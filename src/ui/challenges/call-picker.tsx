import { useLayoutEffect, useRef, useState } from 'react';
import type { ScenarioCard } from '../../core/scenario/scenario-card';
import { useI18n } from '../i18n/i18n-context';

interface Props {
  id: string;
  cards: readonly ScenarioCard[];
  /** Scenario ids, in the order they will be played. */
  value: readonly string[];
  onChange: (calls: string[]) => void;
  max: number;
  error?: string;
  hint: string;
}

type Action = 'up' | 'down' | 'remove' | 'add';

function moved(list: readonly string[], from: number, to: number): string[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/**
 * The challenge's calls in order, with buttons to move each up or down or remove it, and the
 * library to add from. Buttons that cannot act say so (aria-disabled) but keep the focus, and
 * after a move the focus follows the call, so a keyboard user can move it again at once.
 */
export function CallPicker({ id, cards, value, onChange, max, error, hint }: Props) {
  const { t } = useI18n();
  const [announcement, setAnnouncement] = useState('');
  const [focus, setFocus] = useState<{ key: string } | undefined>();
  const buttons = useRef(new Map<string, HTMLElement | null>());
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (!focus) return;
    const target = focus.key === 'list' ? heading.current : buttons.current.get(focus.key);
    target?.focus();
  }, [focus]);

  const cardOf = (callId: string) => cards.find((c) => c.id === callId);
  const titleOf = (callId: string) => cardOf(callId)?.title ?? callId;
  const ref = (key: string) => (element: HTMLElement | null) => {
    buttons.current.set(key, element);
  };

  const act = (action: Action, callId: string) => {
    const index = value.indexOf(callId);
    const title = titleOf(callId);
    if (action === 'add') {
      if (index !== -1 || value.length >= max) return;
      onChange([...value, callId]);
      setAnnouncement(t('challenges.addedNotice', { title, position: value.length + 1 }));
      return;
    }
    if (action === 'remove') {
      const next = value.filter((c) => c !== callId);
      onChange(next);
      setAnnouncement(t('challenges.removedNotice', { title }));
      const neighbour = next[Math.min(index, next.length - 1)];
      setFocus({ key: neighbour ? `${neighbour}:remove` : 'list' });
      return;
    }
    const to = action === 'up' ? index - 1 : index + 1;
    if (to < 0 || to >= value.length) return;
    onChange(moved(value, index, to));
    setAnnouncement(t('challenges.moved', { title, position: to + 1, count: value.length }));
    setFocus({ key: `${callId}:${action}` });
  };

  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={error ? 'cc-field cc-field--invalid' : 'cc-field'}>
      <h3 id={id} ref={heading} tabIndex={-1} className="cc-label">
        {t('challenges.calls')}
      </h3>
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
      {value.length === 0 ? (
        <p className="muted">{t('challenges.noCalls')}</p>
      ) : (
        <ol className="cc-order" aria-labelledby={id} aria-describedby={describedBy}>
          {value.map((callId, index) => {
            const title = titleOf(callId);
            const card = cardOf(callId);
            return (
              <li key={callId} className="cc-order__item">
                <span className="cc-order__title">
                  <span lang={card?.locale}>{title}</span>
                  {card ? <span className="muted"> · {card.persona.name}</span> : null}
                </span>
                <span className="cc-order__buttons">
                  <button
                    type="button"
                    ref={ref(`${callId}:up`)}
                    className="button button--small"
                    aria-label={t('challenges.moveUpNamed', { title })}
                    aria-disabled={index === 0 ? true : undefined}
                    onClick={() => act('up', callId)}
                  >
                    <span aria-hidden="true">↑ </span>
                    {t('challenges.moveUp')}
                  </button>
                  <button
                    type="button"
                    ref={ref(`${callId}:down`)}
                    className="button button--small"
                    aria-label={t('challenges.moveDownNamed', { title })}
                    aria-disabled={index === value.length - 1 ? true : undefined}
                    onClick={() => act('down', callId)}
                  >
                    <span aria-hidden="true">↓ </span>
                    {t('challenges.moveDown')}
                  </button>
                  <button
                    type="button"
                    ref={ref(`${callId}:remove`)}
                    className="button button--small"
                    aria-label={t('challenges.removeNamed', { title })}
                    onClick={() => act('remove', callId)}
                  >
                    {t('challenges.remove')}
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {error ? (
        <p id={`${id}-error`} className="cc-error">
          {error}
        </p>
      ) : null}
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
      <h3 className="cc-subtitle">{t('challenges.library')}</h3>
      <ul className="cc-library">
        {cards.map((card) => {
          const added = value.includes(card.id);
          const full = !added && value.length >= max;
          return (
            <li key={card.id} className="cc-library__item">
              <span>
                <span lang={card.locale}>{card.title}</span>
                <span className="muted">
                  {' '}
                  · {card.persona.name} · {card.expectedMinutes} min
                </span>
              </span>
              <button
                type="button"
                className="button button--small"
                aria-label={t(added ? 'challenges.addedNamed' : 'challenges.addNamed', { title: card.title })}
                aria-disabled={added || full ? true : undefined}
                onClick={() => act('add', card.id)}
              >
                {added ? t('challenges.added') : t('challenges.add')}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
