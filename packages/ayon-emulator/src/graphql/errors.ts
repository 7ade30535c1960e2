/**
 * An AyonException raised in a resolver: GraphQL reports it with `extensions.status` (AyonSchema
 * in ayon_server/graphql/__init__.py). Other failures carry no extensions.
 */
export class AyonGraphqlException extends Error {
  readonly extensions: { status: number };

  constructor(status: number, message: string) {
    super(message);
    this.extensions = { status };
  }
}

export const badRequest = (message: string) => new AyonGraphqlException(400, message);
export const forbidden = (message: string) => new AyonGraphqlException(403, message);
export const notFound = (message: string) => new AyonGraphqlException(404, message);
