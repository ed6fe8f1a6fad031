import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadQuestionnaire } from '../../src/domain/questionnaire/load-questionnaire';
import { ConflictList } from '../../src/ui/conflict-list';
import { NewPassphrase, passphraseProblem } from '../../src/features/exchange/new-passphrase';
import { initI18n, loadScreenWords, setUiLanguage } from '../../src/i18n/i18n';
import { DateField } from '../../src/ui/date-field';
import { makeAnswer } from '../builders/assessment';
import { renderArea } from '../builders/fill';
import { fullFeature, mutatedFullFeature } from '../builders/questionnaire';

const i18n = initI18n();
await loadScreenWords();
afterEach(() => i18n.changeLanguage('en'));
const section = (id: string) => document.getElementById(`q-${id}`)!;

function questionnaireWith(mutate: (f: any) => void) {
  const loaded = loadQuestionnaire(mutatedFullFeature(mutate));
  if (loaded.status === 'failure') throw new Error(JSON.stringify(loaded.issues));
  return loaded.value;
}

describe('first-use fixes', () => {
  it('"none of these" clears the other options, and another option clears it', async () => {
    const q = questionnaireWith((f) =>
      f.areas[0].items
        .find((i: any) => i.id === 'bio.treaties')
        .options.push({ id: 'none', label: { en: 'None of these', ru: 'Ни один из них' } }),
    );
    const { session } = renderArea(q, 'bio', [makeAnswer({ questionId: 'bio.has-bsl3', value: 'yes' })]);
    const treaties = within(section('bio.treaties'));
    await userEvent.click(treaties.getByLabelText('BWC'));
    await userEvent.click(treaties.getByLabelText('CWC'));
    await userEvent.click(treaties.getByLabelText('None of these'));
    await waitFor(() => expect(session.get('bio.treaties')?.value).toEqual(['none']));
    expect(treaties.getByLabelText('BWC')).not.toBeChecked();
    await userEvent.click(treaties.getByLabelText('NPT'));
    await waitFor(() => expect(session.get('bio.treaties')?.value).toEqual(['npt']));
  });

  it('names the add button with the file’s own words, else with the right article', () => {
    const incident = questionnaireWith((f) => {
      const labs = f.areas[0].items.find((i: any) => i.id === 'bio.labs-group').questions[0];
      labs.rowLabel = { en: 'incident', ru: 'инцидент' };
    });
    renderArea(incident, 'bio', [makeAnswer({ questionId: 'bio.has-bsl3', value: 'yes' })]);
    expect(within(section('bio.labs')).getByRole('button', { name: 'Add an incident' })).toBeInTheDocument();
  });

  it('in Russian, names the add button as the file says and removes a row without a broken phrase', async () => {
    await setUiLanguage('ru');
    const own = questionnaireWith((f) => {
      const labs = f.areas[0].items.find((i: any) => i.id === 'bio.labs-group').questions[0];
      labs.addRowLabel = { en: 'Add a laboratory', ru: 'Добавить лабораторию' };
    });
    renderArea(own, 'bio', [makeAnswer({ questionId: 'bio.has-bsl3', value: 'yes' })]);
    const labs = within(section('bio.labs'));
    await userEvent.click(labs.getByRole('button', { name: 'Добавить лабораторию' }));
    expect(labs.getByRole('button', { name: 'Удалить строку 1' })).toBeInTheDocument();
  });

  it('takes dates as the UI language writes them, and says when a typed date is not one', async () => {
    await setUiLanguage('ru');
    const onChange = vi.fn();
    render(<DateField value="2024-03-01" onChange={onChange} aria-label="Дата" />);
    const input = screen.getByRole('textbox', { name: 'Дата' });
    expect(input).toHaveValue('01.03.2024');
    expect(input).toHaveAttribute('placeholder', 'ДД.ММ.ГГГГ');
    await userEvent.clear(input);
    await userEvent.type(input, '31.02.2024');
    await userEvent.tab();
    expect(screen.getByText(/Это не дата/)).toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalledWith(expect.stringMatching(/02-31/));
    await userEvent.clear(input);
    await userEvent.type(input, '15.01.2026');
    expect(onChange).toHaveBeenLastCalledWith('2026-01-15');
  });

  it('asks for a new passphrase twice, and refuses a short, mistyped or guessable one', async () => {
    expect(await passphraseProblem({ first: 'long enough 1', repeat: 'long enough 2' })).toBe(
      'passphraseMismatch',
    );
    expect(await passphraseProblem({ first: 'short', repeat: 'short' })).toBe('passphraseShort');
    for (const weak of ['12345678', 'password', '        ', 'qwertyuiop', 'Password1'])
      expect(await passphraseProblem({ first: weak, repeat: weak }), weak).toBe('passphraseWeak');
    const strong = 'copper lantern orbit meadow 1975';
    expect(await passphraseProblem({ first: strong, repeat: strong })).toBeUndefined();
    expect(await passphraseProblem({ first: '', repeat: '' })).toBeUndefined();
    const onChange = vi.fn();
    render(<NewPassphrase label="Passphrase" value={{ first: '', repeat: '' }} onChange={onChange} />);
    expect(screen.getByLabelText('Passphrase')).toHaveAttribute('type', 'password');
    expect(screen.getByLabelText('Passphrase again')).toHaveAttribute('type', 'password');
  });

  it('shows a capacity conflict with the levels’ descriptors, not bare numbers', () => {
    const q = fullFeature();
    const authority = q.areas[0]!.items[0]!;
    render(
      <ConflictList
        conflicts={[
          {
            questionId: 'bio.authority',
            local: makeAnswer({ questionId: 'bio.authority', value: 2 }),
            incoming: makeAnswer({ questionId: 'bio.authority', value: 4, updatedAt: 1 }),
            suggested: 'local',
            hidden: false,
          },
        ]}
        questionOf={() => (authority.kind === 'capacity' ? authority : undefined)}
        defaultLanguage="en"
        choices={new Map()}
        onChoose={() => undefined}
      />,
    );
    const row = screen.getByRole('row', { name: /National biosafety authority/ });
    expect(row).toHaveTextContent(/2 — \w+/);
    expect(row).toHaveTextContent(/4 — \w+/);
  });
});
