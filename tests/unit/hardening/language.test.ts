import { describe, expect, test } from 'vitest';
import { articleLanguage, detectLanguage, isEnglish, unsupportedLanguageNotice } from '../../../src/core/text/language';

// Short news-like paragraphs written for these tests, one per language the detector separates.
const SAMPLES: [string, string][] = [
  ['en', 'The minister said on Tuesday that the government would not change its plans for the new airport, despite protests from residents who have been waiting for an answer since the summer.'],
  ['de', 'Der Minister sagte am Dienstag, dass die Regierung ihre Pläne für den neuen Flughafen nicht ändern werde, obwohl die Anwohner seit dem Sommer auf eine Antwort warten.'],
  ['fr', 'Le ministre a déclaré mardi que le gouvernement ne changerait pas ses projets pour le nouvel aéroport, malgré les protestations des habitants qui attendent une réponse depuis l’été.'],
  ['es', 'El ministro dijo el martes que el gobierno no cambiará sus planes para el nuevo aeropuerto, a pesar de las protestas de los vecinos que esperan una respuesta desde el verano.'],
  ['it', 'Il ministro ha detto martedì che il governo non cambierà i suoi piani per il nuovo aeroporto, nonostante le proteste dei residenti che aspettano una risposta da questa estate.'],
  ['pt', 'O ministro disse na terça-feira que o governo não vai mudar os seus planos para o novo aeroporto, apesar dos protestos dos moradores que esperam uma resposta desde o verão.'],
  ['nl', 'De minister zei dinsdag dat de regering haar plannen voor de nieuwe luchthaven niet zal veranderen, ondanks de protesten van bewoners die al sinds de zomer op een antwoord wachten.'],
  ['pl', 'Minister powiedział we wtorek, że rząd nie zmieni swoich planów dotyczących nowego lotniska, mimo protestów mieszkańców, którzy od lata czekają na odpowiedź i są już zmęczeni.'],
  ['ru', 'Министр заявил во вторник, что правительство не будет менять свои планы по новому аэропорту, несмотря на протесты жителей, которые ждут ответа с лета и уже устали.'],
  ['ar', 'قال الوزير يوم الثلاثاء إن الحكومة لن تغير خططها بشأن المطار الجديد على الرغم من احتجاجات السكان الذين ينتظرون ردا منذ الصيف في هذه المدينة.'],
  ['he', 'השר אמר ביום שלישי כי הממשלה לא תשנה את תוכניותיה לגבי שדה התעופה החדש, למרות המחאות של התושבים שמחכים לתשובה מאז הקיץ.'],
  ['el', 'Ο υπουργός δήλωσε την Τρίτη ότι η κυβέρνηση δεν θα αλλάξει τα σχέδιά της για το νέο αεροδρόμιο, παρά τις διαμαρτυρίες των κατοίκων που περιμένουν απάντηση από το καλοκαίρι.'],
  ['ja', '大臣は火曜日、住民の抗議にもかかわらず、政府は新しい空港の計画を変更しないと述べた。住民は夏から回答を待っている。'],
  ['zh', '部长周二表示，尽管居民提出抗议，政府不会改变新机场的计划。居民们从夏天开始一直在等待答复，他们已经非常疲惫。'],
  ['ko', '장관은 화요일 주민들의 항의에도 불구하고 정부가 새 공항 계획을 바꾸지 않을 것이라고 말했다. 주민들은 여름부터 답을 기다리고 있다.'],
  ['hi', 'मंत्री ने मंगलवार को कहा कि निवासियों के विरोध के बावजूद सरकार नए हवाई अड्डे की अपनी योजनाओं को नहीं बदलेगी। निवासी गर्मियों से जवाब का इंतजार कर रहे हैं।'],
];

describe('detectLanguage', () => {
  test.each(SAMPLES)('%s', (code, text) => {
    expect(detectLanguage(text)?.language).toBe(code);
  });

  test.each([
    ['empty', ''],
    ['too short to tell', 'Hello there'],
    ['numbers and punctuation only', '12 34 — 56, 78: 90 … 2021-07-02 (14:00) 99%'],
    ['a table of scores', 'Rockledge 14 11 6 15 44 Palm Bay 18 22 13 17 70 Viera 9 12 10 8 39 Melbourne 20 15 12 18 65'],
  ])('says nothing for %s', (_, text) => {
    expect(detectLanguage(text)).toBeNull();
  });

  test('an English article quoting a sentence of French stays English', () => {
    const text = `${SAMPLES[0]![1]} ${SAMPLES[0]![1]} "${SAMPLES[2]![1]}", she said, adding that it was not the first time.`;
    expect(detectLanguage(text)?.language).toBe('en');
  });

  test('emoji, combining marks and right-to-left marks do not change the answer', () => {
    const noisy = SAMPLES[0]![1].replace(/ /g, ' \u200f😀 ').replace(/e/g, 'e\u0301');
    expect(detectLanguage(noisy)?.language).toBe('en');
  });
});

describe('articleLanguage and the unsupported-language notice', () => {
  test.each([
    // [text sample, declared lang, expected]
    [SAMPLES[1]![1], 'en', 'de'], // the text outweighs a wrong declaration
    [SAMPLES[0]![1], 'de-DE', 'en'],
    ['Short text.', 'fr-CA', 'fr'], // too little text: the declaration decides
    ['Short text.', null, null],
  ])('%#: declared %s', (text, declared, expected) => {
    expect(articleLanguage(text, declared)).toBe(expected);
  });

  test.each([
    ['en', null],
    ['en-GB', null],
    [null, null],
  ])('no notice for %s', (code, expected) => {
    expect(unsupportedLanguageNotice(code)).toBe(expected);
  });

  test('a German article gets a notice that names the language', () => {
    const n = unsupportedLanguageNotice('de');
    expect(n?.code).toBe('unsupported-language');
    expect(n?.message).toContain('German');
  });

  test.each([
    ['en', true],
    ['EN-us', true],
    ['eng', false],
    ['de', false],
    ['', false],
  ])('isEnglish(%s) is %s', (code, expected) => {
    expect(isEnglish(code)).toBe(expected);
  });
});
