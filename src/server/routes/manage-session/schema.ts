// The login body is the login form's schema too (src/shared/manage.ts).
export { loginSchema as loginBodySchema } from '../../../shared/manage';
