// opencc-js publishes types for its converters, not for its dictionary files (each a module whose
// default export is the dictionary as text: "from to|from to…", several candidates space-separated).
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
