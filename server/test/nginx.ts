/** The bench's nginx launcher (the bench is built without the tests; the tests use it as is). */
export { INSTALL_NGINX, NGINX, startNginx, type RunningNginx } from '../bench/nginx';
