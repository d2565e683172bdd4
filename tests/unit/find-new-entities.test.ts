import { findNewEntities } from '../../src/extract/find-new-entities';

const found = (text: string, language: 'de' | 'en' = 'de') =>
  findNewEntities(text, [], language).map((c) => `${c.name}:${c.type}`);

describe('findNewEntities', () => {
  it.each([
    ['Kapitän Wassili Sawoiko verteidigte die Stadt.', 'Wassili Sawoiko:PERSON'],
    ['Die Korvette Olivuza lag vor Anker.', 'Olivuza:SHIP'],
    ['Sie gründeten den Posten Ust-Seja.', 'Ust-Seja:PLACE'],
    ['Er fuhr auf dem Fluss Bureja weiter.', 'Bureja:PLACE'],
    ['Damals begann die Zeja-Expedition.', 'Zeja-Expedition:EXPEDITION'],
    ['Sie unterzeichneten den Vertrag Kuldscha.', 'Kuldscha:TREATY'],
    ['Then Captain Vasily Zavoyko held the port.', 'Vasily Zavoyko:PERSON'],
    ['They sailed on the brig Baikal.', 'Baikal:SHIP'],
  ])('proposes the name in "%s" with its type', (text, expected) => {
    expect(found(text, /^(Then|They)/.test(text) ? 'en' : 'de')).toEqual([expected]);
  });

  it('proposes a bare name only when it has the shape of a Russian surname', () => {
    expect(found('Der Bericht von Korsakow kam spät.')).toEqual(['Korsakow:PERSON']);
    expect(found('Der Bericht über die Verwaltung kam spät.')).toEqual([]);
  });

  it.each([
    // English capitalises common words within a sentence only in names.
    ['The envoy met Henry Bonham at the consulate.', 'en', 'Henry Bonham:PERSON'],
    ['The squadron sailed to Canton in spring.', 'en', 'Canton:PLACE'],
    ['Refugees came to the Golden Valley before winter.', 'en', 'Golden Valley:PLACE'],
    // A ship by its prefix, the prefix kept.
    ['The guns of HMS Nemesis opened fire.', 'en', 'HMS Nemesis:SHIP'],
    // "from X to Y", "between X and Y": places.
    ['The caravan went from Urga to the coast.', 'en', 'Urga:PLACE'],
    ['The line ran between Sitka and Kodiak.', 'en', 'Sitka:PLACE,Kodiak:PLACE'],
    // A genitive's head is the body; "X der Mission" whose head is a common noun is none.
    [
      'Er reiste im Auftrag der Gesellschaft der Freunde nach Irkutsk.',
      'de',
      'Gesellschaft der Freunde:ORGANIZATION,Irkutsk:PLACE',
    ],
    ['Er wurde Leiter der Mission.', 'de', ''],
    // "von X nach Y": where a journey started.
    ['Die Karawane zog von Urga nach Kalgan.', 'de', 'Kalgan:PLACE,Urga:PLACE'],
    // A class word before a name: "Kloster X".
    ['Man brachte ihn in das Kloster Solowki.', 'de', 'Solowki:PLACE'],
    // The make of a Russian place name.
    ['Die Boote erreichten Ust-Kamenka am Abend.', 'de', 'Ust-Kamenka:PLACE'],
    // An office of state is a body.
    ['Er diente im Sibirischen Departement.', 'de', 'Sibirischen Departement:ORGANIZATION'],
    // A role noun before a given name is no part of the name; a surname stays though it is a common noun.
    [
      'Der schwedische Kartograph Philipp Johann Strahlenberg zeichnete die Karte.',
      'de',
      'Philipp Johann Strahlenberg:PERSON',
    ],
    [
      'Der Arzt Daniel Gottlieb Messerschmidt reiste durch Sibirien.',
      'de',
      'Daniel Gottlieb Messerschmidt:PERSON,Sibirien:PLACE',
    ],
    ['Im Jahr 1720 schrieb Johann Bernhard Müller einen Bericht.', 'de', 'Johann Bernhard Müller:PERSON'],
    // A class word before the comma types the names after it; one word after a class word is a name though the lexicon knows it.
    ['Er kaufte zwei Schiffe, die Hoffnung und die Eintracht.', 'de', 'Eintracht:SHIP,Hoffnung:SHIP'],
    // "von" splits two names unless given names stand before it.
    ['Die Brigg Irtysch kam von Ajan nach Ochotsk zurück.', 'de', 'Ajan:PLACE,Irtysch:SHIP,Ochotsk:PLACE'],
    // A town's name ending in a class word, but no common noun the lexicon lacks.
    ['Die Flotte lag vor Kronstadt am Zusammenfluss zweier Arme.', 'de', 'Kronstadt:PLACE'],
    // A ship by where it is named.
    ['Er segelte im Mai mit der Aurora nach Kamtschatka.', 'de', 'Aurora:SHIP,Kamtschatka:PLACE'],
    ['The Danish navigator Christian Hald mapped the bay.', 'en', 'Christian Hald:PERSON'],
    ['The envoy arrived aboard the Olivutsa in June.', 'en', 'Olivutsa:SHIP'],
    ['His notes were printed in German, French and Dutch.', 'en', ''],
    // A compound of two nouns is a noun, though the lexicon lacks it.
    ['Sie zahlten den Tribut in Fuchsfellen.', 'de', ''],
    // "namens", "called", "the name": a name, typed by the noun before it.
    ['Er traf einen Kaufmann namens Schilow.', 'de', 'Schilow:PERSON'],
    ['They reached a village called Urka.', 'en', 'Urka:PLACE'],
    ['The sailors gave it the name Kotzebue Sound.', 'en', 'Kotzebue Sound:PLACE'],
    // An English body named by its class word alone.
    ['That spring the Admiralty refused the plan.', 'en', 'Admiralty:ORGANIZATION'],
    // No person's first name is a people's.
    ['He governed British Columbia for six years.', 'en', 'British Columbia:PLACE'],
    // "-er" adjectives of English places are no roles.
    ['The boats wintered on the upper Anadyr.', 'en', 'Anadyr:PLACE'],
    // A rank before a name with "von".
    ['In 1826 Captain Friedrich von Lütke sailed.', 'en', 'Friedrich von Lütke:PERSON'],
    // A class word that forms a place's name stays in it.
    ['The frigate rounded Cape Lopatka in May.', 'en', 'Cape Lopatka:PLACE'],
    ['Sie umsegelten Kap Lopatka im Mai.', 'de', 'Kap Lopatka:PLACE'],
    // English writes "von" only in a name.
    ['The botanist Karl von Ditmar reached the coast.', 'en', 'Karl von Ditmar:PERSON'],
    // A body of peoples named after a class word and "etwa", "such as".
    [
      'Dort lebten mehrere Völker, etwa der Ewenken und der Niwchen.',
      'de',
      'Ewenken:ORGANIZATION,Niwchen:ORGANIZATION',
    ],
    // A named event in the genitive.
    ['Er nahm am Aufstand der Strelitzen teil.', 'de', 'Aufstand der Strelitzen:EVENT'],
    // A desert, and the English verbs of places.
    ['Die Karawane zog durch die Wüste Ordos.', 'de', 'Ordos:PLACE'],
    ['In 1803 the Nadezhda left Kronstadt.', 'en', 'Kronstadt:PLACE'],
    // An ocean is no people's adjective.
    ['They sailed on to the Pacific along the coast.', 'en', 'Pacific:PLACE'],
    // Kinship before a name makes a person; a possessive opens no name.
    ['Seine Tochter Olga heiratete 1850.', 'de', 'Olga:PERSON'],
    ['His widow Anna returned alone.', 'en', 'Anna:PERSON'],
    // A given name after another name starts a second one, but not after a saint's.
    ['Damals übergab man in Kodiak Peter Schilow die Briefe.', 'de', 'Kodiak:PLACE,Peter Schilow:PERSON'],
    ['Er kaufte in San Francisco Getreide.', 'de', 'San Francisco:PLACE'],
    // "von X nach Y" splits even after a given name.
    ['Er segelte auf der Brigg Jekaterina von Ochotsk nach Ajan.', 'de', 'Ajan:PLACE,Jekaterina:SHIP,Ochotsk:PLACE'],
    // A sea's and a body's compound names; "heißt".
    [
      'Das Meer heißt seit 1913 Ostsibirische See und die Bucht Tschaunsee.',
      'de',
      'Ostsibirische See:PLACE,Tschaunsee:PLACE',
    ],
    ['Die Karten sammelte das Marinekollegium in Kronstadt.', 'de', 'Kronstadt:PLACE,Marinekollegium:ORGANIZATION'],
    // A plural class word stays plural.
    ['Sie landeten auf den Kurilen-Inseln.', 'de', 'Kurilen-Inseln:PLACE'],
    // "St." inside and at the head of a name.
    ['In 1778 Cook sailed into the Gulf of St. Lawrence.', 'en', 'Gulf of St. Lawrence:PLACE'],
    // A name after an article with no role is no person's; before a verb of sailing, a ship's.
    ['In 1803 the Maria Magdalena sailed from Kronstadt.', 'en', 'Kronstadt:PLACE,Maria Magdalena:SHIP'],
    ['Auf der Heimfahrt strandete die Neva vor Sitka.', 'de', 'Neva:SHIP,Sitka:PLACE'],
    // A possessive makes a person.
    ["They talked of Vancouver's charts for hours.", 'en', 'Vancouver:PERSON'],
    // A genitive after a feature of land or water; a plain class word ends a phrase before "der".
    ['Sie wohnten an der Mündung der Uda.', 'de', 'Uda:PLACE'],
    ['Im Jahr 1648 entstand an der Uda der Ostrog Udinsk.', 'de', 'Uda:PLACE,Udinsk:PLACE'],
    // A coast's name takes an article, a Russian town's ending in "-sk" none.
    ['Sie fuhren nach Ajan an der Ochotskküste.', 'de', 'Ajan:PLACE,Ochotskküste:PLACE'],
    ['Tomsk selbst blieb ruhig.', 'de', 'Tomsk:PLACE'],
    // Troops and warriors name a people's body only in a compound; common nouns before a class word name none.
    ['Im Juni 1802 zerstörten Tlingit-Krieger die Festung.', 'de', 'Tlingit-Krieger:ORGANIZATION'],
    ['Die Korvette brachte im selben Jahr Soldaten an die Küste.', 'de', ''],
    // No genitive noun the lexicon lacks is a name: "des Landes".
    ['Der Hof floh aus der Hauptstadt des Landes.', 'de', ''],
  ])('reads "%s" (%s) as %s', (text, language, expected) => {
    expect(
      found(text, language as 'de' | 'en')
        .sort()
        .join(','),
    ).toEqual(expected.split(',').filter(Boolean).sort().join(','));
  });

  it('takes no Chinese town for a Russian surname in English ("-ow" is German spelling)', () => {
    expect(found('The fleet stood off Foochow.', 'en')).toEqual([]);
    expect(found('Der Bericht von Foochow kam spät.', 'de')).toEqual(['Foochow:PERSON']);
  });

  it('leaves out names already linked to known entities', () => {
    expect(findNewEntities('Kapitän Sawoiko kam.', [{ start: 8, end: 15 }], 'de')).toEqual([]);
  });
});
