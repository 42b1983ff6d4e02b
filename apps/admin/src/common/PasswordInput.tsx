import { Box, LinearProgress, Typography } from '@mui/material';
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import {
  FormDataConsumer, PasswordInput as RaPasswordInput, useTranslate, type PasswordInputProps as RaPasswordInputProps, type Validator,
} from 'react-admin';
import {
  passwordBasicProblem, passwordVerdict, type PasswordGuesser, type PasswordOwner, type PasswordRule, type PasswordScore,
} from '@lab/domain';
import { passwordGuesser } from './password-guesser';

export type PasswordInputProps = RaPasswordInputProps & {
  /** Whose password it is; by default the form's own `email` and `name` fields. */
  owner?: PasswordOwner;
  emailSource?: string;
  nameSource?: string;
};

type Values = Record<string, unknown>;
const text = (v: unknown) => (typeof v === 'string' ? v : null);
const ruleMessage = (rule: PasswordRule) => `app.password.rules.${rule}`;
const COLOUR: Record<PasswordScore, 'error' | 'warning' | 'success'> = { 0: 'error', 1: 'error', 2: 'warning', 3: 'success', 4: 'success' };

/** The estimator once it has arrived; `failed` when it could not be loaded (the API still judges on save). */
function useGuesser(): { guesser: PasswordGuesser | null; failed: boolean } {
  const [state, setState] = useState<{ guesser: PasswordGuesser | null; failed: boolean }>({ guesser: null, failed: false });
  useEffect(() => {
    let live = true;
    passwordGuesser().then(
      (guesser) => live && setState({ guesser, failed: false }),
      () => live && setState({ guesser: null, failed: true }),
    );
    return () => { live = false; };
  }, []);
  return state;
}

/**
 * A new password, judged as the API judges it (libs/domain `passwordVerdict`): a bar with the strength in
 * words and, while it would be refused, why — in the place of the helper text, where react-admin shows the
 * same reason as the field's error once the form is saved.
 */
export function PasswordInput(props: PasswordInputProps) {
  return <FormDataConsumer<Values>>{({ formData }) => <PasswordInputView {...props} values={formData} />}</FormDataConsumer>;
}

function PasswordInputView({
  owner: given, emailSource = 'email', nameSource = 'name', values, validate, helperText, ...props
}: PasswordInputProps & { values: Values }) {
  const { guesser, failed } = useGuesser();
  // Kept by its parts, so that an owner written inline does not make a new validator every render.
  const hasOwner = given !== undefined;
  const givenEmail = given?.email;
  const givenName = given?.name;
  const ownerOf = useCallback(
    (v: Values): PasswordOwner => (hasOwner ? { email: givenEmail, name: givenName } : { email: text(v[emailSource]), name: text(v[nameSource]) }),
    [hasOwner, givenEmail, givenName, emailSource, nameSource],
  );
  const { email, name } = ownerOf(values);
  // Typing stays smooth: the estimate of a long password may take a few tens of milliseconds.
  const typed = useDeferredValue(text(values[props.source]) ?? '');
  const verdict = useMemo(() => {
    if (!typed) return null;
    if (guesser) return passwordVerdict(typed, { email, name }, guesser);
    return { score: null, problem: passwordBasicProblem(typed, { email, name }) };
  }, [typed, guesser, email, name]);

  const validators = useMemo(() => {
    const rule: Validator = async (value: unknown, all: Values) => {
      if (typeof value !== 'string' || value === '') return undefined;
      const whose = ownerOf(all);
      const problem = await passwordGuesser().then(
        (g) => passwordVerdict(value, whose, g).problem,
        // Without the word lists the rest of the rule still holds; the API checks the lists on save.
        () => passwordBasicProblem(value, whose),
      );
      return problem ? ruleMessage(problem) : undefined;
    };
    return [...(Array.isArray(validate) ? validate : validate ? [validate] : []), rule];
  }, [validate, ownerOf]);

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', width: '100%' }}>
      <RaPasswordInput
        {...props}
        validate={validators}
        helperText={verdict?.problem ? ruleMessage(verdict.problem) : helperText}
      />
      {verdict && <StrengthMeter score={verdict.score} failed={failed} />}
    </Box>
  );
}

/** The strength as a bar and a word; the colour is never the only sign. */
function StrengthMeter({ score, failed }: { score: PasswordScore | null; failed: boolean }) {
  const translate = useTranslate();
  const label = translate('app.password.strength');
  const words = score === null ? translate(failed ? 'app.password.unavailable' : 'app.password.loading') : translate(`app.password.levels.${score}`);
  return (
    <Box sx={{ mt: -0.5, mb: 1, mx: 1.75 }} data-testid="password-strength">
      {score !== null && (
        <LinearProgress
          variant="determinate"
          value={(score + 1) * 20}
          color={COLOUR[score]}
          aria-label={label}
          aria-valuetext={words}
          // It moves with every keystroke: at once, not sliding after the typing.
          sx={{ height: 6, borderRadius: 3, '& .MuiLinearProgress-bar': { transition: 'none' } }}
        />
      )}
      <Typography variant="caption" component="p" aria-live="polite" sx={{ mt: 0.5 }}>
        {label}: {words}
      </Typography>
    </Box>
  );
}
