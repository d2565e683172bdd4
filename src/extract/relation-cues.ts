/**
 * The words that signal a relation, per language, as Snowball stems matched at the start of a
 * word's stem ("unterzeichn" matches "unterzeichnete" and "Unterzeichnung"). Each cue carries how
 * sure it is: a verb that names the act ("unterzeichnen") more than a noun that only hints at it.
 */
import type { RelationType } from '../domain/ontology';
import type { Language } from '../nlp/words';

export interface RelationCue {
  type: RelationType;
  /** Stem prefixes, as `stemWord` gives them. */
  stems: readonly string[];
  confidence: number;
  /** A separable verb's particle, which must follow in the clause: "trat ... ab". */
  particle?: string;
  /** Words (lower case) whose stem matches but which mean something else: "found" of "find". */
  notWords?: readonly string[];
}

export const RELATION_CUES: Record<Language, readonly RelationCue[]> = {
  de: [
    { type: 'SIGNED', stems: ['unterzeichn', 'unterschrieb', 'unterschrift'], confidence: 0.85 },
    { type: 'RATIFIED', stems: ['ratifizi'], confidence: 0.85 },
    { type: 'NEGOTIATED', stems: ['verhandl', 'verhandelt'], confidence: 0.7 },
    {
      type: 'FOUNDED',
      stems: ['grund', 'gegrund', 'errichtet', 'angelegt', 'anleg', 'erbaut', 'gebaut', 'baut'],
      confidence: 0.8,
    },
    {
      type: 'OPPOSED',
      stems: ['gegn', 'ablehn', 'abgelehnt', 'lehnt', 'unmut', 'widerstand', 'widersetzt', 'protest', 'feindlich'],
      confidence: 0.7,
    },
    { type: 'SUPPORTED', stems: ['unterstutz', 'befurwort', 'billigt', 'gebilligt'], confidence: 0.75 },
    { type: 'CEDED', stems: ['abtret', 'abgetret', 'ubergab', 'ubergeb', 'verkauf'], confidence: 0.75 },
    { type: 'CEDED', stems: ['trat', 'tritt'], particle: 'ab', confidence: 0.7 },
    { type: 'CONFIRMED', stems: ['bestatigt'], confidence: 0.7 },
    { type: 'TRANSFERRED', stems: ['zugesproch', 'zuerkann', 'ging'], confidence: 0.5 },
    {
      type: 'LED',
      stems: ['leitet', 'geleitet', 'leitung', 'fuhrt', 'gefuhrt', 'anfuhr', 'angefuhrt', 'sleit', 'leit'],
      confidence: 0.75,
    },
    { type: 'COMMANDED', stems: ['kommand', 'befehl'], confidence: 0.75 },
    { type: 'DISCOVERED', stems: ['entdeck', 'erforscht', 'erkund', 'bewies', 'bewiesen'], confidence: 0.8 },
    { type: 'ANNEXED', stems: ['annekt', 'anschluss', 'angeschloss', 'eingeglied', 'umfasst'], confidence: 0.75 },
    { type: 'CONQUERED', stems: ['erobert', 'eroberung', 'besetzt', 'eingenomm'], confidence: 0.75 },
    { type: 'DEFEATED', stems: ['besiegt', 'niederlag', 'sieg'], confidence: 0.7 },
    { type: 'BORDERS', stems: ['grenz'], confidence: 0.55 },
    {
      type: 'TRAVELLED_TO',
      stems: [
        'reist',
        'gereist',
        'erreicht',
        'kam',
        'ankunft',
        'fuhr',
        'segelt',
        'traf',
        'ging',
        'zog',
        'abzug',
        'kehrt',
        'floh',
        'flucht',
        'besucht',
        'gekomm',
        'landet',
        'gelandet',
        'begleit',
        'gelangt',
        'ruckkehr',
        'heimkehr',
      ],
      confidence: 0.5,
    },
    { type: 'SENT', stems: ['schickt', 'geschickt', 'entsandt', 'beordert'], confidence: 0.6 },
    { type: 'TRAVELLED_TO', stems: ['bracht'], particle: 'nach', confidence: 0.5 },
    { type: 'MEMBER_OF', stems: ['dient', 'gedient', 'mitglied'], confidence: 0.55 },
    { type: 'APPOINTED', stems: ['ernannt', 'ernennt', 'ernenn', 'bestellt'], confidence: 0.75 },
    { type: 'ISSUED', stems: ['erliess', 'erlass', 'verfasst', 'schrieb'], confidence: 0.6 },
    { type: 'REPORTED_TO', stems: ['bericht', 'meldet'], confidence: 0.5 },
    { type: 'SETTLED', stems: ['siedelt', 'besiedel', 'niedergelass', 'angesiedelt'], confidence: 0.6 },
    { type: 'PARTICIPATED_IN', stems: ['teilnahm', 'teilgenomm', 'beteiligt', 'teilnehm'], confidence: 0.6 },
    { type: 'ENDED', stems: ['beendet', 'beendig'], confidence: 0.7 },
    { type: 'MEDIATED', stems: ['vermittl', 'vermittelt'], confidence: 0.7 },
    { type: 'AWARDED', stems: ['verlieh', 'ausgezeichnet'], confidence: 0.6 },
    { type: 'AWARDED', stems: ['zeichnet'], particle: 'aus', confidence: 0.6 },
    { type: 'LOCATED_IN', stems: ['gehort', 'lieg', 'lag', 'befind'], confidence: 0.5 },
    {
      type: 'HELD_OFFICE',
      stems: ['gouverneur', 'minist', 'kais', 'zar', 'botschaft', 'gesandt', 'vertret', 'vorstand'],
      confidence: 0.45,
    },
  ],
  en: [
    { type: 'SIGNED', stems: ['sign'], confidence: 0.85 },
    { type: 'RATIFIED', stems: ['ratifi'], confidence: 0.85 },
    { type: 'NEGOTIATED', stems: ['negoti'], confidence: 0.7 },
    { type: 'FOUNDED', stems: ['found', 'establish', 'set'], notWords: ['found', 'set', 'sets'], confidence: 0.8 },
    { type: 'OPPOSED', stems: ['oppon', 'oppos', 'reject', 'resent', 'resist', 'protest', 'hostil'], confidence: 0.7 },
    // "took the Diana back to Okhotsk": "back" alone is a way, not support.
    { type: 'SUPPORTED', stems: ['support', 'back', 'endors', 'approv'], notWords: ['back'], confidence: 0.75 },
    { type: 'CEDED', stems: ['cede', 'ced', 'cession', 'hand', 'surrend', 'sold', 'sell'], confidence: 0.75 },
    { type: 'LED', stems: ['led', 'lead', 'head'], confidence: 0.75 },
    { type: 'COMMANDED', stems: ['command'], confidence: 0.75 },
    { type: 'DISCOVERED', stems: ['discov', 'explor', 'prove', 'proven'], confidence: 0.8 },
    { type: 'ANNEXED', stems: ['annex'], confidence: 0.75 },
    { type: 'CONQUERED', stems: ['conquer', 'captur', 'occupi'], confidence: 0.75 },
    { type: 'DEFEATED', stems: ['defeat'], confidence: 0.7 },
    { type: 'BORDERS', stems: ['border', 'frontier'], confidence: 0.55 },
    {
      type: 'TRAVELLED_TO',
      stems: [
        'travel',
        'reach',
        'arriv',
        'sail',
        'return',
        'fled',
        'flee',
        'withdrew',
        'visit',
        'land',
        'came',
        'accompani',
      ],
      notWords: ['land', 'lands', 'traveller', 'travellers', 'traveler', 'travelers', 'sailor', 'sailors'],
      confidence: 0.5,
    },
    { type: 'FOUNDED', stems: ['set'], particle: 'up', confidence: 0.7 },
    { type: 'CONFIRMED', stems: ['confirm'], confidence: 0.7 },
    { type: 'SENT', stems: ['sent', 'send', 'dispatch'], confidence: 0.6 },
    { type: 'SENT', stems: ['order'], notWords: ['order', 'orders'], confidence: 0.5 },
    { type: 'TRAVELLED_TO', stems: ['took', 'brought', 'bring'], particle: 'to', confidence: 0.5 },
    { type: 'MEMBER_OF', stems: ['serv', 'member'], confidence: 0.55 },
    { type: 'APPOINTED', stems: ['appoint'], confidence: 0.75 },
    { type: 'ISSUED', stems: ['issu', 'wrote'], confidence: 0.6 },
    { type: 'REPORTED_TO', stems: ['report'], confidence: 0.5 },
    { type: 'SETTLED', stems: ['settl'], confidence: 0.6 },
    { type: 'PARTICIPATED_IN', stems: ['particip', 'took part', 'fought'], confidence: 0.6 },
    { type: 'ENDED', stems: ['end'], confidence: 0.6 },
    { type: 'MEDIATED', stems: ['mediat'], confidence: 0.7 },
    { type: 'AWARDED', stems: ['award', 'decor'], confidence: 0.6 },
    { type: 'HELD_OFFICE', stems: ['governor', 'minist', 'emperor', 'tsar', 'ambassador', 'envoy'], confidence: 0.45 },
    { type: 'HELD_OFFICE', stems: ['govern'], notWords: ['government', 'governments'], confidence: 0.5 },
  ],
};
