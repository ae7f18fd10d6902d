/** The one jsonld function the tests use (the package ships no types). */
declare module 'jsonld' {
  const jsonld: { toRDF(input: object, options: { format: 'application/n-quads'; documentLoader: (url: string) => Promise<unknown> }): Promise<string> };
  export default jsonld;
}
