import { bodyField, declareBody, type BodyOf } from '@ogi/api-params';
import { passwordProblem, USER_ROLES, usernameProblem } from '@ogi/api-data-access';

// Declared here, not in @ogi/api-params: the roles and the password and username rules are the
// accounts library's (server only), and the web has no account pages.

const regionIds = bodyField.idList(1000, {
  invalid: () => 'regionIds must be a list of region ids',
});
const password = bodyField.secret({
  required: true,
  check: passwordProblem,
  description: 'At least 8 characters',
});

/** POST /api/users. */
export const newUserBody = declareBody(
  {
    username: bodyField.text({ maxLength: 64, required: true, check: usernameProblem }),
    password,
    role: bodyField.choice(USER_ROLES, { required: true }),
    regionIds: {
      ...regionIds,
      description: 'Required (non-empty) for editor and viewer: each region with its subtree',
    },
  },
  {},
  (input) => ({ ...input, regionIds: input.regionIds ?? [] }),
);
export type NewUserInput = BodyOf<typeof newUserBody>;

/** PATCH /api/users/:id: only the fields given change. */
export const userUpdateBody = declareBody({
  role: bodyField.choice(USER_ROLES, {}),
  regionIds,
  disabled: bodyField.flag({
    invalid: () => 'disabled must be true or false',
    description: 'Disabling ends every session of the user',
  }),
});
export type UserUpdateInput = BodyOf<typeof userUpdateBody>;

/** POST /api/users/:id/password. */
export const passwordResetBody = declareBody({
  password: { ...password, description: 'At least 8 characters; ends every session of the user' },
});
export type PasswordReset = BodyOf<typeof passwordResetBody>;
