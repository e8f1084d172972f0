/** The inspector moved to ./inspector/; this keeps the layout's import working. */
export { Inspector } from './inspector/Inspector';
