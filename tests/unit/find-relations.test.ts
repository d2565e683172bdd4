import type { EntityType } from '../../src/domain/ontology';
import { findRelations, type NamedInSentence } from '../../src/extract/find-relations';

/** The sentence with its names marked as [Name|TYPE|id]; an id of "-" is a new name. */
function relationsIn(marked: string, language: 'de' | 'en' = 'de'): string[] {
  const named: NamedInSentence[] = [];
  let text = '';
  let rest = marked;
  for (const match of marked.matchAll(/\[([^|\]]+)\|([A-Z]+)\|([^\]]+)\]/g)) {
    const before = rest.slice(0, rest.indexOf(match[0]));
    text += before;
    named.push({
      entityId: match[3] === '-' ? null : match[3]!,
      name: match[1]!,
      type: match[2] as EntityType,
      start: text.length,
      end: text.length + match[1]!.length,
    });
    text += match[1];
    rest = rest.slice(before.length + match[0].length);
  }
  text += rest;
  return findRelations(text, named, language)
    .map((r) => `${r.type}(${r.source.entityId ?? r.source.name},${r.target.entityId ?? r.target.name})`)
    .sort();
}

describe('findRelations', () => {
  it('takes the subject before the verb and its object after it', () => {
    expect(relationsIn('Im Jahr 1849 entdeckte [Newelskoj|PERSON|nevelskoy] die [Meerenge|PLACE|strait].')).toEqual([
      'DISCOVERED(nevelskoy,strait)',
    ]);
  });

  it('joins coordinated names: both signed', () => {
    expect(
      relationsIn(
        'Am 16. Mai 1858 unterzeichneten [Murawjow|PERSON|muravyov] und [Yi Shan|PERSON|yi-shan] den [Vertrag von Aigun|TREATY|aigun].',
      ),
    ).toEqual(['SIGNED(muravyov,aigun)', 'SIGNED(yi-shan,aigun)']);
  });

  it('takes the agent of a passive from "von"', () => {
    expect(
      relationsIn(
        '[China|STATE|qing] wurde von [England|STATE|gb], [Frankreich|STATE|fr] und den [Vereinigten Staaten|STATE|us] besiegt.',
      ),
    ).toEqual(['DEFEATED(fr,qing)', 'DEFEATED(gb,qing)', 'DEFEATED(us,qing)']);
  });

  it('says nothing of a passive without its agent', () => {
    expect(relationsIn('Im Jahr 1857 wurde [Putjatin|PERSON|putyatin] nach [China|STATE|qing] entsandt.')).toEqual([
      'TRAVELLED_TO(putyatin,qing)',
    ]);
  });

  it('does not take the receiving state for the one that ceded', () => {
    expect(
      relationsIn('[China|STATE|qing] hat das [linke Ufer|PLACE|left-bank] an [Russland|STATE|russia] abgetreten.'),
    ).toEqual(['CEDED(qing,left-bank)']);
  });

  it('finds what is placed by word order: settlements at a river, an event in a place', () => {
    expect(
      relationsIn('Sie bauten am [Amur|PLACE|amur] die Siedlungen [Irkutskoje|PLACE|-], [Bogorodskoje|PLACE|-].'),
    ).toEqual(['LOCATED_IN(Bogorodskoje,amur)', 'LOCATED_IN(Irkutskoje,amur)']);
    expect(relationsIn('Die [Belagerung|EVENT|siege] in [Petropawlowsk|PLACE|petropavlovsk] dauerte lange.')).toEqual([
      'TOOK_PLACE_IN(siege,petropavlovsk)',
    ]);
  });

  it('proposes nothing the ontology forbids', () => {
    // A place cannot sign a treaty.
    expect(relationsIn('In [Aigun|PLACE|aigun] wurde der [Vertrag|TREATY|treaty] unterzeichnet.')).toEqual([]);
  });

  it('reads English cues', () => {
    expect(
      relationsIn('[Nesselrode|PERSON|nesselrode] opposed the [Amur Expedition|EXPEDITION|amur-exp].', 'en'),
    ).toEqual(['OPPOSED(nesselrode,amur-exp)']);
  });
  it('gives an office to whom it is given, not to who gives it', () => {
    expect(
      relationsIn(
        'Zar [Alexander II.|PERSON|alexander] ernannte [Korsakow|PERSON|korsakov] 1861 zum Gouverneur von [Transbaikalien|PLACE|transbaikal].',
      ),
    ).toContain('HELD_OFFICE(korsakov,transbaikal)');
    expect(
      relationsIn(
        'Zar [Alexander II.|PERSON|alexander] ernannte [Korsakow|PERSON|korsakov] 1861 zum Gouverneur von [Transbaikalien|PLACE|transbaikal].',
      ),
    ).not.toContain('HELD_OFFICE(alexander,transbaikal)');
    expect(
      relationsIn('[Korsakov|PERSON|korsakov] became Governor-General of [Eastern Siberia|PLACE|es] in 1861.', 'en'),
    ).toEqual(['HELD_OFFICE(korsakov,es)']);
  });

  it('takes no name that only qualifies the object for the object', () => {
    expect(
      relationsIn('In 1851 [Nicholas I|PERSON|nicholas] approved a new map of the [Ussuri|PLACE|ussuri].', 'en'),
    ).toEqual([]);
    expect(relationsIn('[Nikolaus I.|PERSON|nicholas] billigte eine neue Karte des [Ussuri|PLACE|ussuri].')).toEqual(
      [],
    );
  });

  it('places what was founded where it was founded, though the passive names no founder', () => {
    expect(
      relationsIn('In 1855 the [Alexandrovsky post|PLACE|-] was founded at [De-Kastri Bay|PLACE|dk].', 'en'),
    ).toEqual(['LOCATED_IN(Alexandrovsky post,dk)']);
  });

  it('takes no commander of the actors for the actor, though his rank is long', () => {
    expect(
      relationsIn(
        'Im Jahr 1856 gründeten Kosaken unter Stabskapitän [Pjotr Baranow|PERSON|-] den Posten [Kumara|PLACE|-].',
      ),
    ).toEqual([]);
  });
  it('sends a ship where its passengers go, and takes none for the traveller', () => {
    expect(
      relationsIn('An Bord der [Aurora|SHIP|-] reiste [Sawoiko|PERSON|-] 1854 nach [Petropawlowsk|PLACE|pk].'),
    ).toEqual(['TRAVELLED_TO(Aurora,pk)', 'TRAVELLED_TO(Sawoiko,pk)']);
    expect(relationsIn('In 1806 he sailed in the [Juno|SHIP|-] to [California|PLACE|ca].', 'en')).toEqual([
      'TRAVELLED_TO(Juno,ca)',
    ]);
  });

  it('places what was founded where, and founds nothing beside it', () => {
    expect(
      relationsIn('Im Jahr 1812 gründete [Kuskow|PERSON|-] an der [Bodega-Bucht|PLACE|-] den Posten [Ross|PLACE|-].'),
    ).toEqual(['FOUNDED(Kuskow,Ross)', 'LOCATED_IN(Ross,Bodega-Bucht)']);
    expect(
      relationsIn(
        'Im Jahr 1812 gründete [Kuskow|PERSON|-] nördlich von [San Francisco|PLACE|-] den Posten [Ross|PLACE|-].',
      ),
    ).toEqual(['FOUNDED(Kuskow,Ross)']);
  });

  it('reads a journey through a land as no journey there', () => {
    expect(
      relationsIn(
        'Die Gelehrten [Gmelin|PERSON|-] und [Müller|PERSON|-] reisten quer durch [Sibirien|PLACE|sib] nach [Jakutsk|PLACE|ya].',
      ),
    ).toEqual(['TRAVELLED_TO(Gmelin,ya)', 'TRAVELLED_TO(Müller,ya)']);
  });

  it('takes "back" for a way, not for support, and a return for a journey', () => {
    expect(relationsIn('[Rikord|PERSON|-] took the letter back to [Hakodate|PLACE|-].', 'en')).toEqual([
      'TRAVELLED_TO(Rikord,Hakodate)',
    ]);
    expect(
      relationsIn('Nach seiner Rückkehr nach [Irkutsk|PLACE|irk] schrieb [Maack|PERSON|-] einen Bericht.'),
    ).toEqual(['TRAVELLED_TO(Maack,irk)']);
  });

  it('makes who serves in a body its member', () => {
    expect(
      relationsIn('[Spangberg|PERSON|-], der in der [russischen Flotte|ORGANIZATION|fleet] diente, kam mit.'),
    ).toEqual(['MEMBER_OF(Spangberg,fleet)']);
  });
  it('takes a thing the text does not name for the object, and no name after it', () => {
    expect(
      relationsIn('[Lütke|PERSON|-] opposed the sale of [Fort Ross|PLACE|-] to the [United States|STATE|us].', 'en'),
    ).toEqual([]);
  });

  it('makes who goes on behalf of a body sent by it', () => {
    expect(
      relationsIn(
        'Im Jahr 1768 reiste [Peter Simon Pallas|PERSON|-] im Auftrag der [Akademie|ORGANIZATION|-] nach [Sibirien|PLACE|sib].',
      ),
    ).toEqual(['SENT(Akademie,Peter Simon Pallas)', 'TRAVELLED_TO(Peter Simon Pallas,sib)']);
  });

  it('reads selling a land as ceding it, and governing a land as an office there', () => {
    expect(relationsIn('Im Jahr 1841 verkaufte die [Kompanie|ORGANIZATION|-] das Fort an [Sutter|PERSON|-].')).toEqual(
      [],
    );
    expect(
      relationsIn('In 1867 [Russia|STATE|ru] sold [Alaska|PLACE|-] to the [United States|STATE|us].', 'en'),
    ).toEqual(['CEDED(ru,Alaska)']);
    expect(relationsIn('From 1840 to 1845 [Etholén|PERSON|-] governed [Russian America|PLACE|-].', 'en')).toEqual([
      'HELD_OFFICE(Etholén,Russian America)',
    ]);
  });
  it('takes no dative for a subject, nor a name after the destination for the traveller', () => {
    expect(
      relationsIn(
        'Im Jahr 1821 kehrte er nach [Sankt Petersburg|PLACE|spb] zurück und legte seine Entwürfe dem [Komitee|ORGANIZATION|-] vor.',
      ),
    ).toEqual([]);
  });

  it('reads capitals and the parts of what was divided', () => {
    expect(
      relationsIn(
        '[Sibirien|PLACE|sib] wurde in [Westsibirien|PLACE|ws] mit der Hauptstadt [Tobolsk|PLACE|-] und [Ostsibirien|PLACE|es] mit der Hauptstadt [Irkutsk|PLACE|irk] geteilt.',
      ),
    ).toEqual(['LOCATED_IN(Tobolsk,ws)', 'LOCATED_IN(irk,es)', 'PART_OF(es,sib)', 'PART_OF(ws,sib)']);
  });

  it('makes who led a voyage in a ship its commander', () => {
    expect(relationsIn('In 1826 [Lütke|PERSON|-] led a voyage in the sloop [Senyavin|SHIP|-].', 'en')).toEqual([
      'COMMANDED(Lütke,Senyavin)',
    ]);
  });
  it('takes a companion and the ship travelled on for travellers, and the destination after "zur" first', () => {
    expect(
      relationsIn('[Erik Laxman|PERSON|-] reiste 1791 mit [Kodayu|PERSON|-] nach [Sankt Petersburg|PLACE|spb].'),
    ).toEqual(['TRAVELLED_TO(Erik Laxman,spb)', 'TRAVELLED_TO(Kodayu,spb)']);
    expect(relationsIn('[Laxman|PERSON|-] segelte auf der Brigg [Jekaterina|SHIP|-] nach [Hokkaido|PLACE|-].')).toEqual(
      ['TRAVELLED_TO(Jekaterina,Hokkaido)', 'TRAVELLED_TO(Laxman,Hokkaido)'],
    );
    expect(
      relationsIn('[Prontschischtschew|PERSON|-] fuhr die [Lena|PLACE|lena] hinab und zur Halbinsel [Taimyr|PLACE|-].'),
    ).toEqual(['TRAVELLED_TO(Prontschischtschew,Taimyr)']);
  });

  it('reads a body of a body, what a place became there, and the fort of a name', () => {
    expect(
      relationsIn(
        'In 1850 the [Asiatic Department|ORGANIZATION|-] of the [Foreign Ministry|ORGANIZATION|fm] sent [Kovalevsky|PERSON|-].',
        'en',
      ),
    ).toEqual(['PART_OF(Asiatic Department,fm)', 'SENT(Asiatic Department,Kovalevsky)']);
    expect(relationsIn('[Vernoye|PLACE|-] soon became the centre of trade in [Semirechye|PLACE|sem].', 'en')).toEqual([
      'LOCATED_IN(Vernoye,sem)',
    ]);
    expect(
      relationsIn(
        'In 1854 [Peremyshlsky|PERSON|-] founded the fort of [Vernoye|PLACE|-] at the foot of the [Alatau|PLACE|-].',
        'en',
      ),
    ).toEqual(['FOUNDED(Peremyshlsky,Vernoye)', 'LOCATED_IN(Vernoye,Alatau)']);
    expect(
      relationsIn(
        'Anders als in [Sibirien|PLACE|sib] wurde die Abgrenzung der Zonen strategischer Interessen in [Zentralasien|PLACE|ca] nicht geregelt.',
      ),
    ).toEqual([]);
  });
  it('takes "von" for an agent in a passive only, a place lies where a locative says, and an event after "im" is when', () => {
    expect(
      relationsIn('[Irkutsk|PLACE|irk] lag günstig am Weg von [Jenisseisk|PLACE|-] zum [Baikalsee|PLACE|-].'),
    ).toEqual([]);
    expect(
      relationsIn('Im [Krimkrieg|EVENT|cw] schickte [Großbritannien|STATE|gb] eine Flotte ins Weiße Meer.'),
    ).not.toContain('SENT(gb,cw)');
  });

  it("takes the subject from the cue's own clause", () => {
    expect(
      relationsIn('Die [Briten|STATE|gb] forderten die Übergabe, doch [Alexander|PERSON|-] lehnte ab.'),
    ).not.toContain('OPPOSED(gb,Alexander)');
  });
});
