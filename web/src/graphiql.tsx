import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import { createRoot } from 'react-dom/client';

const DEFAULT_QUERY = `# Amur Graph: try resolve, paths, neighbourhood, timeline.
query {
  resolve(name: "Murawjow", first: 3) { id name type }
  paths(from: "nevelskoy", to: "treaty-of-aigun") {
    length
    relations {
      type
      source { name }
      target { name }
      evidence { sentence quote }
    }
  }
}
`;

const fetcher = createGraphiQLFetcher({ url: `${window.location.origin}/graphql` });
createRoot(document.getElementById('graphiql')!).render(<GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />);
