import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { entries as bibtexEntries } from 'bibtex-parse';
import { Engine } from 'citeproc';
import { postQuery, startApiFixture, stopApiFixture, type ApiFixture } from '../../helpers/api-fixture';

interface CitationAnswer {
  permalink: string;
  style: string;
  csl: Record<string, unknown>;
  bibtex: string;
  text: string;
}

/**
 * Citations of single facts and entities, from the server as `npm start` runs it on the curated
 * graph, read back by tools of their own: citeproc-js for the CSL-JSON, a BibTeX parser.
 */
describe('citing a fact', () => {
  let api: ApiFixture;
  beforeAll(async () => (api = await startApiFixture()));
  afterAll(() => stopApiFixture(api));

  const citeRelation = async (id: string, style = 'HARVARD'): Promise<CitationAnswer> => {
    const { body } = await postQuery(
      api.server.baseUrl,
      `query($id: ID!, $style: CitationStyle!) { node(id: $id) { ... on Relation { citation(style: $style) { permalink style csl bibtex text } } } }`,
      { id, style },
    );
    expect(body.errors).toBeUndefined();
    return (body.data!.node as { citation: CitationAnswer }).citation;
  };

  it('cites Muravyov SIGNED Aigun with its sentence, document, provenance, permalink and access date', async () => {
    const citation = await citeRelation('muravyov--SIGNED--treaty-of-aigun');
    expect(citation.permalink).toBe(`${api.server.baseUrl}/?sel=e%3Amuravyov--SIGNED--treaty-of-aigun`);
    expect(citation.csl).toMatchObject({
      id: 'muravyov--SIGNED--treaty-of-aigun',
      type: 'dataset',
      URL: citation.permalink,
      source: 'Vertrag von Tianjin (1858)',
    });
    expect(String(citation.csl.note)).toContain('machine translation from Russian');
    const today = new Date();
    expect(citation.csl.accessed).toEqual({
      'date-parts': [[today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate()]],
    });
    expect(citation.text).toContain('Am 16. Mai 1858 wurde der Vertrag von Aigun unterzeichnet');
    expect(citation.text).toMatch(/sentence \d+/);
    expect(citation.text).toContain('Accessed:');
    expect(citation.text).toContain(citation.permalink);
  });

  it('gives CSL-JSON that citeproc-js accepts and renders in a bundled style', async () => {
    const { csl } = await citeRelation('muravyov--SIGNED--treaty-of-aigun');
    const config = plugins.config.get('@csl') as unknown as {
      styles: { get(name: string): string | undefined };
      locales: { get(name: string): string | undefined };
    };
    const engine = new Engine(
      { retrieveLocale: (language) => config.locales.get(language)!, retrieveItem: () => csl },
      config.styles.get('apa')!,
      'en-US',
    );
    engine.updateItems([String(csl.id)]);
    const bibliography = engine.makeBibliography();
    expect(bibliography).not.toBe(false);
    const [, rendered] = bibliography as [unknown, string[]];
    expect(rendered).toHaveLength(1);
    expect(rendered[0]).toContain('Nikolay Muravyov-Amursky SIGNED Treaty of Aigun');
  });

  it('gives BibTeX that a BibTeX parser reads, with the permalink and the sentence', async () => {
    const { bibtex, permalink } = await citeRelation('muravyov--SIGNED--treaty-of-aigun', 'APA');
    const [entry, ...more] = bibtexEntries(bibtex);
    expect(more).toEqual([]);
    expect(entry!.URL).toBe(permalink);
    expect(entry!.NOTE).toContain('Am 16. Mai 1858');
  });

  it('says in the citation of a claim that it is one', async () => {
    const { body } = await postQuery(
      api.server.baseUrl,
      `{ entity(id: "gavrilov-expedition") { relations(first: 50, assertions: [CLAIM]) { edges { node { id citation { text csl } } } } } }`,
    );
    const [claim] = (body.data!.entity as { relations: { edges: { node: { citation: CitationAnswer } }[] } }).relations
      .edges;
    expect(String(claim!.node.citation.csl.note)).toContain('A claim, not a fact the text states.');
  });

  it('cites an entity by its permalink, in each style', async () => {
    for (const style of ['HARVARD', 'APA', 'VANCOUVER']) {
      const { body } = await postQuery(
        api.server.baseUrl,
        `{ entity(id: "treaty-of-aigun") { citation(style: ${style}) { permalink style text } } }`,
      );
      const citation = (body.data!.entity as { citation: CitationAnswer }).citation;
      expect(citation.style).toBe(style);
      expect(citation.permalink).toBe(`${api.server.baseUrl}/?focus=treaty-of-aigun`);
      expect(citation.text).toContain('Treaty of Aigun');
    }
  });

  it('tells the path from Nevelskoy to the Treaty of Aigun as a footnoted narrative, a sentence per hop', async () => {
    const { body } = await postQuery(
      api.server.baseUrl,
      `{ paths(from: "nevelskoy", to: "treaty-of-aigun", first: 1) { length narrative(style: APA) } }`,
    );
    expect(body.errors).toBeUndefined();
    const [path] = body.data!.paths as { length: number; narrative: string }[];
    const lines = path!.narrative.trimEnd().split('\n');
    const hops = lines.filter((line) => /^\d+\. .+\.\[\^\d+\]$/.test(line));
    const notes = lines.filter((line) => /^\[\^\d+\]: /.test(line));
    expect(hops).toHaveLength(path!.length);
    expect(notes).toHaveLength(path!.length);
    expect(hops[0]).toMatch(/^1\. (Gennady Nevelskoy|.+ Gennady Nevelskoy)/);
    for (const note of notes) expect(note).toContain('?sel=e%3A');
  });
});
