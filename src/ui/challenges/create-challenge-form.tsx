import { useId, useState, type FormEvent } from 'react';
import { useServices } from '../shared/services';
import { checkChallengeForm, FORM_LIMITS, type ChallengeForm, type FormField as Field, type FormProblem } from '../../core/challenges/challenge-form';
import type { Challenge } from '../../core/challenges/challenge';
import { isoDate } from '../../core/time/iso-date';
import { useI18n } from '../i18n/i18n-context';
import { CallPicker } from './call-picker';
import { FormField } from './form-field';

const FIELD_ORDER: Field[] = ['name', 'calls', 'perCallMinutes', 'totalMinutes', 'window'];

/** The team lead's form: checked by the core on submit, each problem shown next to its field. */
export function CreateChallengeForm({ onCreated }: { onCreated: (challenge: Challenge) => void }) {
  const { t } = useI18n();
  const { cards, wallClock } = useServices();
  const id = useId();
  const [form, setForm] = useState<ChallengeForm>({ name: '', calls: [], perCallMinutes: '5', totalMinutes: '15', from: '', to: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, FormProblem>>>({});
  const ids: Record<Field, string> = { name: `${id}-name`, calls: `${id}-calls`, perCallMinutes: `${id}-per-call`, totalMinutes: `${id}-total`, window: `${id}-from` };

  const update = <K extends keyof ChallengeForm>(key: K, value: ChallengeForm[K], field: Field) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors(({ [field]: _cleared, ...rest }) => rest);
  };
  const errorText = (field: Field) => {
    const problem = errors[field];
    return problem ? t(`challenges.error.${problem}`) : undefined;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const now = wallClock.now();
    const checked = checkChallengeForm(form, { createdAt: now, today: isoDate(now, wallClock.timeZone) });
    if (checked.ok) {
      setErrors({});
      onCreated(checked.challenge);
      return;
    }
    setErrors(checked.errors);
    const first = FIELD_ORDER.find((field) => checked.errors[field]);
    if (first) document.getElementById(ids[first])?.focus();
  };

  const invalid = Object.keys(errors).length > 0;
  return (
    <form className="cc-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('challenges.create')}</h2>
      <FormField id={ids.name} label={t('challenges.name')} hint={t('challenges.nameHint')} error={errorText('name')}>
        {(described) => (
          <input
            id={ids.name}
            type="text"
            className="cc-input"
            value={form.name}
            maxLength={FORM_LIMITS.nameMax}
            autoComplete="off"
            onChange={(event) => update('name', event.target.value, 'name')}
            {...described}
          />
        )}
      </FormField>
      <CallPicker
        id={ids.calls}
        cards={cards}
        value={form.calls}
        max={FORM_LIMITS.callsMax}
        hint={t('challenges.callsHint')}
        error={errorText('calls')}
        onChange={(calls) => update('calls', calls, 'calls')}
      />
      <div className="cc-row">
        <FormField id={ids.perCallMinutes} label={t('challenges.perCall')} hint={t('challenges.perCallHint')} error={errorText('perCallMinutes')}>
          {(described) => (
            <input
              id={ids.perCallMinutes}
              type="text"
              inputMode="decimal"
              className="cc-input cc-input--short"
              value={form.perCallMinutes}
              onChange={(event) => update('perCallMinutes', event.target.value, 'perCallMinutes')}
              {...described}
            />
          )}
        </FormField>
        <FormField id={ids.totalMinutes} label={t('challenges.total')} hint={t('challenges.totalHint')} error={errorText('totalMinutes')}>
          {(described) => (
            <input
              id={ids.totalMinutes}
              type="text"
              inputMode="decimal"
              className="cc-input cc-input--short"
              value={form.totalMinutes}
              onChange={(event) => update('totalMinutes', event.target.value, 'totalMinutes')}
              {...described}
            />
          )}
        </FormField>
      </div>
      <fieldset className={errors.window ? 'cc-fieldset cc-field--invalid' : 'cc-fieldset'} aria-describedby={`${id}-window-hint${errors.window ? ` ${id}-window-error` : ''}`}>
        <legend className="cc-label">{t('challenges.window')}</legend>
        <p id={`${id}-window-hint`} className="hint">
          {t('challenges.windowHint')}
        </p>
        <div className="cc-row">
          <label className="cc-date">
            {t('challenges.from')}
            <input
              id={ids.window}
              type="date"
              className="cc-input"
              value={form.from}
              aria-invalid={errors.window ? true : undefined}
              onChange={(event) => update('from', event.target.value, 'window')}
            />
          </label>
          <label className="cc-date">
            {t('challenges.to')}
            <input
              type="date"
              className="cc-input"
              value={form.to}
              aria-invalid={errors.window ? true : undefined}
              onChange={(event) => update('to', event.target.value, 'window')}
            />
          </label>
        </div>
        {errors.window ? (
          <p id={`${id}-window-error`} className="cc-error">
            {errorText('window')}
          </p>
        ) : null}
      </fieldset>
      {invalid ? (
        <p role="alert" className="cc-error">
          {t('challenges.invalid')}
        </p>
      ) : null}
      <button type="submit" className="button button--primary">
        {t('challenges.submit')}
      </button>
    </form>
  );
}
