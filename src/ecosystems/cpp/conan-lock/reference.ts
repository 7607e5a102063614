/** Conan references: `name/version[@user/channel][#rrev][%timestamp]`, package refs add `:package_id[#prev]`. */
export interface ConanRef {
  name: string;
  version: string;
  user?: string;
  channel?: string;
  revision?: string;
}

/** Parses a reference or package reference; undefined without both a name and a version. */
export function parseConanRef(text: string): ConanRef | undefined {
  let rest = text.trim();
  const colon = rest.indexOf(':');
  if (colon >= 0) rest = rest.slice(0, colon); // package id and package revision
  const pct = rest.indexOf('%');
  if (pct >= 0) rest = rest.slice(0, pct); // Conan 2 timestamp
  let revision: string | undefined;
  const hash = rest.indexOf('#');
  if (hash >= 0) {
    revision = rest.slice(hash + 1);
    rest = rest.slice(0, hash);
  }
  let user: string | undefined;
  let channel: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    const uc = rest.slice(at + 1);
    rest = rest.slice(0, at);
    const slash = uc.indexOf('/');
    user = slash >= 0 ? uc.slice(0, slash) : uc;
    channel = slash >= 0 ? uc.slice(slash + 1) : undefined;
  }
  const slash = rest.indexOf('/');
  if (slash <= 0 || slash === rest.length - 1) return undefined;
  const ref: ConanRef = { name: rest.slice(0, slash), version: rest.slice(slash + 1) };
  if (user && user !== '_') ref.user = user;
  if (channel && channel !== '_') ref.channel = channel;
  if (revision) ref.revision = revision;
  return ref;
}
