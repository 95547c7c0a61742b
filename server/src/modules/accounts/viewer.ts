/** Who is calling, as proven by a valid token. */
export interface Viewer {
  id: number;
  username: string;
  isAdmin: boolean;
}
