/**
 * The words and word shapes that tell a new name and its type, per language (find-new-entities.ts
 * reads them): titles, ranks, roles and class words before a name, class words in or after it,
 * prepositions and verbs of place, ships' prefixes and contexts, the shapes of Russian surnames
 * and place names. Like relation-cues.ts, lists of the languages' words, not of the corpus's names.
 */
import type { EntityType } from '../domain/ontology';
import type { Language } from '../nlp/words';

/** Title and class words before a name, lower-cased, per language. */
export const CUES_BEFORE: Record<Language, Record<string, EntityType>> = {
  de: {
    graf: 'PERSON',
    grafen: 'PERSON',
    fürst: 'PERSON',
    fürsten: 'PERSON',
    admiral: 'PERSON',
    admirals: 'PERSON',
    gouverneur: 'PERSON',
    generalgouverneur: 'PERSON',
    kapitän: 'PERSON',
    kapitäns: 'PERSON',
    leutnant: 'PERSON',
    general: 'PERSON',
    generals: 'PERSON',
    oberst: 'PERSON',
    kaiser: 'PERSON',
    zar: 'PERSON',
    zaren: 'PERSON',
    minister: 'PERSON',
    ministers: 'PERSON',
    gesandte: 'PERSON',
    gesandten: 'PERSON',
    woiwode: 'PERSON',
    woiwoden: 'PERSON',
    regentin: 'PERSON',
    regent: 'PERSON',
    zarin: 'PERSON',
    kaiserin: 'PERSON',
    könig: 'PERSON',
    königin: 'PERSON',
    prinz: 'PERSON',
    prinzen: 'PERSON',
    baron: 'PERSON',
    barons: 'PERSON',
    lord: 'PERSON',
    lords: 'PERSON',
    sir: 'PERSON',
    hetman: 'PERSON',
    ataman: 'PERSON',
    jesuit: 'PERSON',
    jesuiten: 'PERSON',
    pater: 'PERSON',
    archimandrit: 'PERSON',
    archimandriten: 'PERSON',
    bischof: 'PERSON',
    metropolit: 'PERSON',
    abt: 'PERSON',
    mönch: 'PERSON',
    priester: 'PERSON',
    missionar: 'PERSON',
    herzog: 'PERSON',
    großfürst: 'PERSON',
    großfürsten: 'PERSON',
    schriftsteller: 'PERSON',
    kommandant: 'PERSON',
    kommandanten: 'PERSON',
    konsul: 'PERSON',
    hauptmann: 'PERSON',
    fähnrich: 'PERSON',
    dolmetscher: 'PERSON',
    frau: 'PERSON',
    ehefrau: 'PERSON',
    witwe: 'PERSON',
    tochter: 'PERSON',
    sohn: 'PERSON',
    bruder: 'PERSON',
    schwester: 'PERSON',
    vetter: 'PERSON',
    onkel: 'PERSON',
    neffe: 'PERSON',
    vater: 'PERSON',
    mutter: 'PERSON',
    kadett: 'PERSON',
    unteroffizier: 'PERSON',
    sekretär: 'PERSON',
    fluss: 'PLACE',
    flusses: 'PLACE',
    stadt: 'PLACE',
    festung: 'PLACE',
    posten: 'PLACE',
    bucht: 'PLACE',
    insel: 'PLACE',
    hafen: 'PLACE',
    dorf: 'PLACE',
    provinz: 'PLACE',
    palast: 'PLACE',
    siedlung: 'PLACE',
    meerenge: 'PLACE',
    gebirge: 'PLACE',
    gebirges: 'PLACE',
    kloster: 'PLACE',
    klosters: 'PLACE',
    berg: 'PLACE',
    berges: 'PLACE',
    kap: 'PLACE',
    halbinsel: 'PLACE',
    küste: 'PLACE',
    ufer: 'PLACE',
    wüste: 'PLACE',
    mündung: 'PLACE',
    ostrog: 'PLACE',
    volk: 'ORGANIZATION',
    völker: 'ORGANIZATION',
    stamm: 'ORGANIZATION',
    stämme: 'ORGANIZATION',
    vertrag: 'TREATY',
    vertrags: 'TREATY',
    vertrages: 'TREATY',
    abkommen: 'TREATY',
    abkommens: 'TREATY',
    brigg: 'SHIP',
    korvette: 'SHIP',
    fregatte: 'SHIP',
    schoner: 'SHIP',
    schiff: 'SHIP',
    schiffes: 'SHIP',
    transport: 'SHIP',
    dampfer: 'SHIP',
    boot: 'SHIP',
    bootes: 'SHIP',
    schaluppe: 'SHIP',
    galiote: 'SHIP',
  },
  en: {
    count: 'PERSON',
    prince: 'PERSON',
    admiral: 'PERSON',
    governor: 'PERSON',
    captain: 'PERSON',
    lieutenant: 'PERSON',
    general: 'PERSON',
    colonel: 'PERSON',
    emperor: 'PERSON',
    tsar: 'PERSON',
    minister: 'PERSON',
    envoy: 'PERSON',
    baron: 'PERSON',
    lord: 'PERSON',
    sir: 'PERSON',
    duke: 'PERSON',
    duchess: 'PERSON',
    commodore: 'PERSON',
    writer: 'PERSON',
    regent: 'PERSON',
    empress: 'PERSON',
    king: 'PERSON',
    queen: 'PERSON',
    voivode: 'PERSON',
    jesuit: 'PERSON',
    jesuits: 'PERSON',
    father: 'PERSON',
    archimandrite: 'PERSON',
    bishop: 'PERSON',
    metropolitan: 'PERSON',
    abbot: 'PERSON',
    monk: 'PERSON',
    priest: 'PERSON',
    missionary: 'PERSON',
    ensign: 'PERSON',
    commander: 'PERSON',
    consul: 'PERSON',
    major: 'PERSON',
    midshipman: 'PERSON',
    wife: 'PERSON',
    widow: 'PERSON',
    daughter: 'PERSON',
    son: 'PERSON',
    brother: 'PERSON',
    sister: 'PERSON',
    cousin: 'PERSON',
    uncle: 'PERSON',
    nephew: 'PERSON',
    mother: 'PERSON',
    sergeant: 'PERSON',
    secretary: 'PERSON',
    river: 'PLACE',
    city: 'PLACE',
    town: 'PLACE',
    fort: 'PLACE',
    post: 'PLACE',
    bay: 'PLACE',
    island: 'PLACE',
    port: 'PLACE',
    village: 'PLACE',
    province: 'PLACE',
    palace: 'PLACE',
    settlement: 'PLACE',
    monastery: 'PLACE',
    mount: 'PLACE',
    cape: 'PLACE',
    strait: 'PLACE',
    lake: 'PLACE',
    peninsula: 'PLACE',
    gulf: 'PLACE',
    desert: 'PLACE',
    ostrog: 'PLACE',
    people: 'ORGANIZATION',
    peoples: 'ORGANIZATION',
    tribe: 'ORGANIZATION',
    tribes: 'ORGANIZATION',
    treaty: 'TREATY',
    convention: 'TREATY',
    brig: 'SHIP',
    corvette: 'SHIP',
    frigate: 'SHIP',
    schooner: 'SHIP',
    ship: 'SHIP',
    transport: 'SHIP',
    steamer: 'SHIP',
    sloop: 'SHIP',
    boat: 'SHIP',
    galliot: 'SHIP',
  },
};

/** Class words a name is compounded with or followed by: "Zeja-Expedition", "Amur Committee". */
export const CUES_AFTER: Record<Language, [RegExp, EntityType][]> = {
  de: [
    [/^(?:-?)(?:Expedition|Fahrt|Reise)$/, 'EXPEDITION'],
    [
      /^(?:-?)(?:Ministerium|Komitee|Kompanie|Gesellschaft|Senat|Armee|Mission|Kommission|Rat|Akademie|Universität|Bank|Departement|Kanzlei|Kollegium|Synode|Admiralität|Amt)$/,
      'ORGANIZATION',
    ],
    // Peoples' warriors and troops only in a compound: "Tlingit-Krieger", not "Jahr Soldaten".
    [/^-(?:Truppen|Krieger|Soldaten)$/, 'ORGANIZATION'],
    [/^(?:-?)(?:Krieg|Aufstand|Belagerung|Feldzug|Schlacht)$/, 'EVENT'],
    [/^(?:-?)(?:Vertrag|Abkommen|Traktat)$/, 'TREATY'],
    [
      /^(?:-?)(?:Fluss|Bucht|Gebirge|Insel|See|Meer|Gebiet|Region|Festung|Posten|Fort|Forts|Hafen|Pass|Palast|Kloster)$/,
      'PLACE',
    ],
  ],
  en: [
    [/^(?:Expedition|Voyage)$/, 'EXPEDITION'],
    [
      /^(?:Ministry|Committee|Company|Society|Senate|Army|Mission|Commission|Council|Academy|University|Bank|Department|Office|Chancellery|College|Synod|Admiralty|Troops|Warriors|Soldiers)$/,
      'ORGANIZATION',
    ],
    [/^(?:War|Rebellion|Uprising|Siege|Campaign|Battle)$/, 'EVENT'],
    [/^(?:Treaty|Agreement)$/, 'TREATY'],
    [
      /^(?:River|Bay|Gulf|Strait|Harbour|Harbor|Cape|Lake|Mountains|Range|Island|Islands|Isles|Sea|Sound|Region|Fort|Forts|Post|Pass|Palace|Land|Coast|Peninsula)$/,
      'PLACE',
    ],
  ],
};

/** Russian surnames as German and English render them (English writes -ov, not -ow: "Foochow" is none). */
export const NAME_SHAPE: Record<Language, RegExp> = {
  de: /(?:ow|ew|jew|ov|ev|off|in|yn|ski|skij|sky|skoj|skoy|itsch|ich|enko|uk)$/,
  en: /(?:ov|ev|off|in|yn|ski|skiy|sky|skoy|ich|enko|uk)$/,
};

/**
 * Russian place names by their make: "Ust-Strelka", "Nischne-Kamtschatsk", "Chabarowka",
 * "Nikolajewsk", "Blagoweschtschensk" (prefixes of river mouths, upper and lower, new and old
 * towns; endings of towns and posts).
 */
export const PLACE_SHAPE =
  /^(?:(?:Ust|Nischne|Nizhne|Nizhny|Werchne|Verkhne|Nowo|Novo|Staro|Petro)-\p{Lu}|[\p{L}-]{2,}(?:[^aeiouy\s]sk|owka|ewka|ovka|evka|skoje|skoye|grad)$)/u;

/** Prefixes of ships' names, kept in the name: "HMS Cornwallis". */
export const SHIP_PREFIX = /^(?:HMS|HMY|USS|SMS|RMS|SS|PS)\s+\p{Lu}/u;

/** Capitalised words that start sentences or clauses and are never names. */
export const FUNCTION_WORDS = new Set(
  'Am Als Auch Aber Bis Da Das Dem Den Der Des Die Diese Dieser Dies Doch Ein Eine Einer Er Es Für In Im Nach Nur So Sie Und Von Vor Mit Bei Zu Zum Zur The A An And In On At By Of For From With After Before During This That These Those It He She They His Her Their Then When Later Soon Thus However Meanwhile Also Dann Damals Später Bald Jedoch Inzwischen Während Seit Unter Über Durch Gegen Ohne Wegen Trotz Nachdem Als Wo Dort Hier Danach Daraufhin Under Through Since Until Where There Here Auf An Aus Ab Vom Beim Ins Hinter Neben Zwischen Nördlich Südlich Off Into Upon Among Between Near Without Against Across Along Around Sein Seine Seinen Seinem Seiner Ihr Ihre Ihren Ihrem Ihrer Unser Unsere'.split(
    ' ',
  ),
);

/** "Treaty of Shimoda", "Vertrag von Nertschinsk": a class word, "of", a name: all of it the name. */
export const CLASS_OF: Record<Language, RegExp> = {
  de: /(?:^|\s)((?:Vertrag|Vertrags|Abkommen|Abkommens|Schlacht|Belagerung|Golf|Kap)\s+(?:von|bei)\s+)$/,
  en: /(?:^|\s)((?:Treaty|Convention|Battle|Siege|Gulf|Cape|Sea|Strait|Isle)\s+of\s+(?:the\s+)?)$/,
};

/** An English adjective of a people before a noun: "Russian ships", "Japanese carpenters". */
export const PEOPLE_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ian|ese|ish|ean|an|ic)$/u;

/** Words that start a place's name before a saint's: "San Francisco", "Sankt Elias". */
export const PLACE_PREFIX = new Set([
  'San',
  'Santa',
  'Santo',
  'São',
  'Saint',
  'Sankt',
  'St.',
  'Fort',
  'Port',
  'Cape',
  'Kap',
  'Mount',
]);

/** Class words that are part of a place's name when written before it: "Cape Horn", "Kap Horn", "Fort Ross". */
export const NAME_FORMING: Record<Language, ReadonlySet<string>> = {
  de: new Set(['Kap', 'Fort']),
  en: new Set(['Cape', 'Lake', 'Mount', 'Fort', 'Port', 'Point', 'Isle']),
};

/** Titles of nobility, which stay in the name: "Baron Gros", "Lord Elgin". */
export const NOBILITY = new Set(['Baron', 'Lord', 'Sir', 'Graf', 'Fürst', 'Prinz', 'Count', 'Prince']);

/** Prepositions of place and movement before a place's name, per language. */
export const PLACE_BEFORE: Record<Language, RegExp> = {
  de: /(?:^|\s)(?:(?:nach|in|bei|aus|über|bis|zwischen|durch|vor)(?:\s+(?:der|dem|den|die|das))?|bis\s+(?:zum|zur|ins|an\s+(?:den|die|das))|an\s+(?:der|dem)|(?:zog|zogen|kam|kamen|fuhr|fuhren|segelte|segelten|reiste|reisten|gelangte|gelangten)\s+(?:\S+\s+){0,4}?an\s+(?:die|den|das)|im|am|ins|(?:nördlich|südlich|östlich|westlich|oberhalb|unterhalb)\s+(?:von|des|der))\s+(?:(?:oberen|unteren|mittleren)\s+)?$/i,
  en: /(?:^|\s)(?:to|at|in|on|near|from|via|between|into|through|across|(?:north|south|east|west)\s+of)\s+(?:the\s+)?(?:(?:upper|lower|middle)\s+)?$/i,
};

/** A German noun of agents: "Seefahrer", "Naturforscher", "Kaufmann", "Gouverneur". */
export const AGENT_NOUN = /^\p{Lu}\p{Ll}+(?:er|or|ist|eur|ant|ent|mann)$/u;

/**
 * A person's role before the name, a noun of agents: "der dänische Seefahrer Vitus Bering", "the
 * Japanese merchant Takataya Kahei" (after an article and adjectives).
 */

export const ROLE_BEFORE: Record<Language, RegExp> = {
  de: /(?:^|\s)(?:[Dd]er|[Dd]em|[Dd]en|[Dd]es|[Dd]ie|[Ee]in|[Ee]inen|[Ee]inem|[Ee]ines)\s+(?:\p{Ll}+\s+){0,2}(\p{Lu}\p{Ll}+(?:er|or|ist|eur|ant|ent|mann))\s+$/u,
  en: /(?:^|\s)(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:\p{L}+\s+){0,2}(\p{Ll}+(?:er|or|ist|ant|ent|man|ian))\s+$/u,
};

/** Where a ship's name stands: "an Bord der X", "aboard the X", "segelte ... mit der X". */
export const SHIP_PLACE: Record<Language, RegExp> = {
  de: /(?:(?:^|\s)an\s+Bord\s+(?:der|des)|(?:fuhr|fuhren|segelte|segelten|reiste|reisten|kam|kamen|kehrte|kehrten)\s+(?:\p{L}+\s+){0,3}mit\s+(?:der|dem))\s+$/iu,
  en: /(?:(?:^|\s)(?:aboard|on\s+board)(?:\s+the)?|(?:sailed|travelled|traveled|went|came|returned)\s+(?:\p{L}+\s+){0,3}(?:in|on|aboard)\s+the)\s+$/iu,
};

/** "ein Japaner namens Dembei", "a ship called Nadezhda": the noun before says what it is. */
export const CALLED: Record<Language, RegExp> = {
  de: /(?:(\p{Lu}\p{Ll}+)\s+)?(namens|genannt|hei(?:ß|ss)t|hie(?:ß|ss)|hei(?:ß|ss)en)(?:\s+(?:seit|bis|heute|noch|auch|\d+))*\s+$/u,
  en: /(?:(\p{Ll}+)\s+)?(called|named|the\s+name)\s+$/u,
};

/** English words in "-er" that name no role: "the lower Kolyma", "the former capital". */
export const NOT_ROLES = new Set(
  'lower upper inner outer former latter other further greater elder older younger larger smaller later earlier higher river winter summer water border order number quarter center centre corner chamber letter paper power silver timber after under over never ever either neither whether together rather another northern southern eastern western'.split(
    ' ',
  ),
);

/** A class word, then the name after a comma: "seinen beiden Schiffen, der Swjatoi Pjotr". */
export const CLASS_THEN_NAME =
  /([\p{L}]+),\s+(?:(?:etwa|wie|darunter|namentlich|besonders|such\s+as|like|including|namely)\s+)?(?:der|die|das|dem|den|the)\s+$/u;

/**
 * Names of languages (and so of peoples' adjectives) in a language, from ICU: "German", "French".
 * Made on first use: 676 lookups a language, which a service start that extracts nothing need not make.
 */
const languageNames: Partial<Record<Language, ReadonlySet<string>>> = {};
export function languageNamesIn(language: Language): ReadonlySet<string> {
  const known = languageNames[language];
  if (known) return known;
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const display = new Intl.DisplayNames([language], { type: 'language', fallback: 'none' });
  const names = new Set(
    [...letters].flatMap((a) => [...letters].map((b) => display.of(a + b))).filter((name): name is string => !!name),
  );
  languageNames[language] = names;
  return names;
}

/**
 * English verbs whose object is a place: "left Kronstadt", "reached Kamchatka", "captured
 * Shanghai". (German puts its subject after the verb as often: "erreichte Atlassow Kamtschatka".)
 */
export const PLACE_VERB_BEFORE =
  /(?:^|\s)(?:(?:left|departed|reached|visited|rounded|entered|captured|occupied|besieged|bombarded)(?:\s+the)?|(?:set\s+out|sailed|left|departed|bound)\s+for)\s+$/;

/** Verbs of ships after their name. */
export const SAILED_AFTER: Record<Language, RegExp> = {
  de: /^\s+(?:segelte|segelten|lief|ankerte|strandete|sank|kreuzte|lag\s+vor\s+Anker)\b/,
  en: /^\s+(?:sailed|anchored|ran\s+aground|sank|was\s+wrecked|cruised|put\s+to\s+sea)\b/,
};

/** The German verb of sailing before its subject: "strandete die Neva". */
export const SAILED_BEFORE = /(?:^|\s)(?:segelte|segelten|ankerte|strandete|sank|kreuzte)\s+(?:die|der|das)\s+$/;

/** "von X nach Y", "from X to Y": where a journey starts is a place too. */
export const FROM_PLACE_TO: Record<Language, { before: RegExp; after: RegExp }> = {
  de: { before: /(?:^|\s)von\s+$/, after: /^\s+(?:nach|bis|zum|zur|in|an)\s/ },
  en: { before: /(?:^|\s)from\s+$/, after: /^\s+(?:to|into|for)\s/ },
};

/** "X, einer jungen Siedlung", "X, a town on ...": the class word of an apposition. */
export const APPOSITION: Record<Language, RegExp> = {
  de: /^,\s+(?:eine[rnms]?|ein|die|der|das|dem|den|des)\s+(?:\p{Ll}+\s+){0,2}(\p{Lu}\p{Ll}+)/u,
  en: /^,\s+(?:an?|the)\s+(?:\p{Ll}+\s+){0,2}(\p{Ll}+)/u,
};
