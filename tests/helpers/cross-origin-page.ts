import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A front end on another origin, as a developer's own page would be (say a Vite dev server on
 * port 5173): one page with a button that reads `resolve(name: "Murawjow")` from the API named in
 * the page's address (#api=...) and, with the token there (&token=...), runs a mutation, then shows
 * what came back, or how the browser refused it, in #result.
 */
const PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Another origin</title></head>
  <body>
    <button id="run" type="button">Ask the API</button>
    <pre id="result"></pre>
    <script>
      const params = new URLSearchParams(location.hash.slice(1));
      async function ask(query, variables, headers) {
        try {
          const response = await fetch(params.get('api') + '/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers },
            body: JSON.stringify({ query, variables }),
          });
          return { status: response.status, body: await response.json() };
        } catch (error) {
          return { refused: String(error) };
        }
      }
      document.getElementById('run').addEventListener('click', async () => {
        const read = await ask('query($name: String!) { resolve(name: $name, first: 1) { id name } }', { name: 'Murawjow' });
        const write = await ask(
          'mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { sentences document { id } } }',
          { input: { id: 'cross-origin-note', title: 'Notiz', language: 'de', text: 'Murawjow unterzeichnete 1858 den Vertrag von Aigun.' } },
          { authorization: 'Bearer ' + params.get('token') },
        );
        document.getElementById('result').textContent = JSON.stringify({ read, write });
      });
    </script>
  </body>
</html>`;

export interface CrossOriginPage {
  origin: string;
  close(): Promise<void>;
}

export async function serveCrossOriginPage(): Promise<CrossOriginPage> {
  const server = http.createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
