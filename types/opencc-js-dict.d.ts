// opencc-js ships its dictionaries as modules without types: each one's default export is the
// table as text, `from to` pairs separated by `|` (a `to` may list several candidates, space-separated).
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
