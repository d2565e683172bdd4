import { isFalseBreak, segmentSentences } from '../../src/nlp/segment-sentences';
import { readCorpus } from '../../src/ingest/corpus-document';

function texts(input: string): string[] {
  return segmentSentences(input).map((sentence) => sentence.text);
}

describe('segmentSentences', () => {
  it.each([
    [
      'Am 13. Juni 1858 wurde ein Abkommen unterzeichnet. Es hatte 12 Artikel.',
      'Am 13. Juni 1858 wurde ein Abkommen unterzeichnet.',
    ],
    [
      'Ende des 16. Jahrhunderts wurden Gebiete annektiert. Danach nicht.',
      'Ende des 16. Jahrhunderts wurden Gebiete annektiert.',
    ],
    [
      'Der Missionsleiter V. F. Bratishchev übergab einen Brief. Er wartete.',
      'Der Missionsleiter V. F. Bratishchev übergab einen Brief.',
    ],
    [
      'Die Expeditionen von G. I. Nevelskoy waren wichtig. Das zeigte sich.',
      'Die Expeditionen von G. I. Nevelskoy waren wichtig.',
    ],
    ['Das Recht bestätigte St. Petersburg sogleich. Dann kam mehr.', 'Das Recht bestätigte St. Petersburg sogleich.'],
    [
      'Das rechte Ufer gehörte bis zur Mündung des Flusses. Ussuri an China. Dann nicht.',
      'Das rechte Ufer gehörte bis zur Mündung des Flusses. Ussuri an China.',
    ],
    [
      'Die Mission des Grafen Yu. A. Golovkina kam nie an. Später schon.',
      'Die Mission des Grafen Yu. A. Golovkina kam nie an.',
    ],
  ])('keeps %j whole', (input, first) => {
    expect(texts(input)[0]).toBe(first);
  });

  it('still breaks after an ordinal that ends a sentence fragment', () => {
    // The source's own broken sentence: "Ende des 15." is followed by a new one.
    expect(texts('Der Eintritt Ende des 15. Das Zeitalter der Entdeckungen begann.')).toEqual([
      'Der Eintritt Ende des 15.',
      'Das Zeitalter der Entdeckungen begann.',
    ]);
  });

  it('marks headings and picture captions and keeps them', () => {
    const sentences = segmentSentences(
      'Ein langer Absatz mit zwei Sätzen steht hier. Und der zweite folgt.\nHintergrund der Vereinbarung\nDenkmal für Graf Muravyov-Amursky in Chabarowsk.\n',
    );
    expect(sentences.map((sentence) => [sentence.kind, sentence.paragraph])).toEqual([
      ['body', 0],
      ['body', 0],
      ['heading', 1],
      ['caption', 2],
    ]);
  });

  it('gives stable indexes and offsets into the document', () => {
    const text = 'Erster Satz hier. Zweiter Satz dort.\n\nDritter Satz im neuen Absatz.';
    const sentences = segmentSentences(text);
    expect(sentences.map((sentence) => sentence.index)).toEqual([0, 1, 2]);
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  describe('on the corpus', () => {
    const [document] = readCorpus();
    const sentences = segmentSentences(document!.text);

    it('keeps the hard cases of the source in one sentence each', () => {
      for (const phrase of [
        'Am 13. Juni 1858 wurde in der chinesischen Stadt Tianjin',
        'Ende des 16. Jahrhunderts wurden weite Gebiete Westsibiriens annektiert',
        'Missionsleiter V. F. Bratishchev übergab Lifanyuan',
        'A. F. Middendorf, N. H. Achte und G. I. Nevelskoy beschloss',
        'Der Vertrag von Tianjin bestätigte St. Petersburg das Recht',
        'das linke Ufer des Flusses. Amur, ausgehend vom Fluss. Argun an der Meeresmündung',
        'Der Pekinger Vertrag wurde am 2. November 1860 unterzeichnet.',
      ]) {
        expect(sentences.filter((sentence) => sentence.text.includes(phrase))).toHaveLength(1);
      }
    });

    it('finds the heading and both captions', () => {
      expect(sentences.filter((sentence) => sentence.kind !== 'body').map((s) => [s.kind, s.text])).toEqual([
        ['caption', 'Evfimy (Efim) Wassiljewitsch Putjatin.'],
        ['heading', 'Hintergrund der Vereinbarung'],
        ['caption', 'Denkmal für Graf Muravyov-Amursky in Chabarowsk.'],
      ]);
    });

    it('covers the whole text: only white space lies between sentences', () => {
      let position = 0;
      for (const sentence of sentences) {
        expect(document!.text.slice(position, sentence.start).trim()).toBe('');
        position = sentence.end;
      }
      expect(document!.text.slice(position).trim()).toBe('');
    });
  });
});

describe('isFalseBreak', () => {
  it.each([
    ['Am 13.', 'Juni 1858', true],
    ['Mitte des 19.', 'Jahrhunderts war', true],
    ['Mitte des 17.', 'Ende des 17. Jahrhunderts', false],
    ['der Diplomat J.', 'O. Lambert', true],
    ['die Stadt St.', 'Petersburg', true],
    ['der Fluss.', 'Zeja.', true],
    ['dann am Fluss entlang.', 'Ussuri zu seinen Quellen', false],
    ['Er kam an.', 'Dann ging er.', false],
  ])('%j | %j -> %p', (before, after, expected) => {
    expect(isFalseBreak(before, after)).toBe(expected);
  });
});
