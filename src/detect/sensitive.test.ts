// Special-category and child-sensitive terms count only when about a person.
import { findingsOf, typesOf } from '../../test/helpers/detect';
import { labelTextTables } from './text-tables';

describe('about a person', () => {
  it.each([
    ['health', 'Amelia Hart has been diagnosed with epilepsy and takes sodium valproate.'],
    ['health', 'Your son told us his asthma is worse; please send a spare inhaler.'],
    ['religious_belief', 'Hamza Robinson is a practising Sikh and wears a kirpan.'],
    ['racial_ethnic_origin', 'Lily-Mae Hughes joined this week. The family are Roma from Slovakia.'],
    ['political_opinion', 'Our caretaker, Neil Rowbotham, is standing as the Green Party candidate.'],
    ['trade_union', 'Joanne Platt is the NEU school rep for the consultation.'],
    ['sex_life', 'Eshan Oyelaran has told us he is bisexual.'],
    ['biometric_genetic', 'Please delete the fingerprint template for Habiba Ali (Year 8).'],
    ['criminal_offence', 'Alfie Brown was arrested and charged with possession of a bladed article.'],
    ['safeguarding', 'Darcy Thompson is subject to a child protection plan.'],
    ['special_educational_needs', 'Kieran Sutcliffe is on SEN support for dyslexia.'],
    ['free_school_meals', 'Maisie Cole is eligible for free school meals.'],
    ['looked_after', 'Jayden Walsh has been in foster care since March under a care order.'],
    ['exclusion', 'Szymon Zielinski has been suspended for five days.'],
  ])('%s', (type, text) => expect(typesOf(text)).toContain(type));

  it('links a pronoun sentence to the named person before it', () => {
    expect(typesOf('Phoebe O\'Brien starts in Year 6. She takes daily steroids for her condition.')).toContain('health');
  });

  it('treats a short form naming its subject as about that person', () => {
    expect(typesOf('Pupil: Kieran Sutcliffe\nYear 9\nCurrent status: SEN support\nNeed: SpLD')).toContain('special_educational_needs');
  });
});

describe('traps stay quiet (contract.md section 2)', () => {
  it.each([
    'Religious Education will be taught weekly in Year 7.',
    'Please read the health and safety policy before the trip.',
    'The Labour market for teachers is tight this year.',
    'The Trades Union Congress published its annual report on pay.',
    'Special category data includes racial or ethnic origin, political opinions, religious beliefs, trade union membership, health, sex life and criminal offences.',
    'Our relationships and sex education curriculum is available for parents to view.',
    'Pupils with long-term conditions such as asthma, diabetes and epilepsy will have an individual healthcare plan.',
    '27% of our pupils are eligible for free school meals and 14% are on SEN support.',
    'Anyone with a criminal record who is unsure should speak to Fatima in confidence.',
    'Mrs Patel has booked a place on the mental health first aid course.',
    'The exclusion zone around the building works is marked with tape.',
  ])('%s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('bulk personal data', () => {
  const rows = (n: number) =>
    ['Name | DOB | Medical', ...Array.from({ length: n }, (_, i) => `Name: Pupil${String.fromCharCode(65 + i)}a Smith${String.fromCharCode(65 + i)}on | DOB: 0${(i % 9) + 1}/05/2012 | Medical: none`)].join('\n');
  it('is found for 10 people in rows with dates of birth', () => {
    const f = findingsOf(rows(10)).find((x) => x.type === 'bulk_personal_data');
    expect(f?.count).toBe(10);
  });
  it('is not found for 9 people', () => expect(findingsOf(rows(9)).some((x) => x.type === 'bulk_personal_data')).toBe(false));
  it('counts distinct strong identifiers', () => {
    const nhs = ['9434765919', '4010232137', '2213951837', '6966429669', '7797844607', '4072844063', '4846848647', '6760057015', '4425481178', '6122878138'];
    const text = `NHS numbers for the clinic list:\n${nhs.join('\n')}`;
    const found = findingsOf(text);
    const valid = found.find((x) => x.type === 'nhs_number')?.count ?? 0;
    expect(found.some((x) => x.type === 'bulk_personal_data')).toBe(valid >= 10);
  });
});

describe('password in message', () => {
  const encrypted = [{ where: 'attachment:a.zip', name: 'a.zip', kind: 'zip', size: 10, encrypted: true, executable: false }];
  it('is found when the password is given beside encrypted content', () => {
    expect(findingsOf('List attached as a protected zip. Password: Kestrel-9187', encrypted).map((f) => f.type)).toContain('password_in_message');
    expect(findingsOf('The password is Heron558!', encrypted).map((f) => f.type)).toContain('password_in_message');
    // Short labels, only before a colon or equals sign
    expect(findingsOf('Zip attached, pw: Tr33house!', encrypted).map((f) => f.type)).toContain('password_in_message');
    expect(findingsOf('Pass = Blue#Sky9', encrypted).map((f) => f.type)).toContain('password_in_message');
    // As Outlook spaces it, with no-break spaces
    expect(findingsOf('Please use the password we\u00a0agreed:\u00a0Larch47852', encrypted).map((f) => f.type)).toContain('password_in_message');
    expect(findingsOf('Please pass the form2b on to Amy', encrypted).map((f) => f.type)).not.toContain('password_in_message');
  });
  it('takes a plain word after a colon, and a PIN of digits', () => {
    expect(findingsOf('The password for the attachment is: sunshine', encrypted).map((f) => f.type)).toContain('password_in_message');
    expect(findingsOf('The zip is protected. Passcode 4471', encrypted).map((f) => f.type)).toContain('password_in_message');
    expect(findingsOf('Code to open it: 8812', encrypted).map((f) => f.type)).toContain('password_in_message');
    expect(findingsOf('The password for the attached spreadsheet is Oakfield2026!', encrypted).map((f) => f.type)).toContain('password_in_message');
    expect(findingsOf('pw is tiger123 for the zip', encrypted).map((f) => f.type)).toContain('password_in_message');
    for (const text of ['Password: to follow', 'Password: see separate email', 'Password = Required', 'Password: please ring me', 'Your PIN number was reset']) {
      expect(findingsOf(text, encrypted).map((f) => f.type)).not.toContain('password_in_message');
    }
  });
  it.each(['Code: 4471', 'Key: Maple-2025', 'To open the attachment use: Winter-Fox-19', 'the pword is Bramble12', 'p/w Tr33house!'])(
    'takes a line labelled "code" or "key", how the file opens, and written shorthand: %s', (text) =>
      expect(findingsOf(`Zip attached.\n${text}`, encrypted).map((f) => f.type)).toContain('password_in_message'));
  it.each(['Sort code: 20-00-00', 'Our school code: OAK123', 'The assembly opens with a song.'])('not a code inside a line, nor an opening: %s', (text) =>
    expect(findingsOf(`Zip attached.\n${text}`, encrypted).map((f) => f.type)).not.toContain('password_in_message'));
  it('takes a password named before its label', () => {
    expect(findingsOf('To open the file use Heron558! as the password.', encrypted).map((f) => f.type)).toContain('password_in_message');
    expect(findingsOf('Heron558! is the password.', encrypted).map((f) => f.type)).toContain('password_in_message');
    expect(findingsOf('Password to open: 8812', encrypted).map((f) => f.type)).toContain('password_in_message');
    for (const text of ['Your date of birth is the password.', 'Use the usual one for the password.', 'This is the password protected file.']) {
      expect(findingsOf(text, encrypted).map((f) => f.type)).not.toContain('password_in_message');
    }
  });
  it('is not found when the password is sent another way', () => {
    expect(findingsOf('Password by phone as usual.', encrypted).map((f) => f.type)).not.toContain('password_in_message');
  });
  it('is not reported without encrypted content', () => {
    expect(findingsOf('Password: Kestrel-9187').map((f) => f.type)).not.toContain('password_in_message');
  });
});

describe('structure carries the person', () => {
  it('labels a space-aligned text table so its header reaches every row', () => {
    const text = ['Suspensions this term:', '', 'Pupil                UPN            Days suspended',
      'Declan Malik         C873402111875  4', 'Eshan Oyelaran       E873402113340  5', 'Ellie Nguyen         J873402111881  3'].join('\n');
    expect(typesOf(text)).toEqual(['exclusion', 'upn']);
  });

  it('labels pipe-separated and Markdown tables the same way', () => {
    const pipes = 'Medical needs for the trip:\n\nName | Condition | Medication\nAmelia Hart | asthma | inhaler\nOliver Sutcliffe | eczema | cream';
    expect(findingsOf(pipes).find((f) => f.type === 'health')?.count).toBe(2);
    const markdown = '| Name | NHS Number |\n|---|---|\n| Amelia Hart | 943 476 5919 |\n| Oliver Smith | 401 023 2137 |';
    expect(typesOf(markdown)).toEqual(['nhs_number']);
  });

  it('labels comma-separated rows pasted into a message, and leaves prose with commas alone', () => {
    const pasted = 'Data for the LA return:\n\nName, DOB, Ethnicity, SEN\nAlfie Green, 12/05/2015, WBRI, K\nMaya Osei, 03/11/2014, BAFR, N\nLeon Nowak, 21/01/2015, WEUR, E\n\nThanks';
    expect(findingsOf(pasted).filter((f) => f.category !== 'weak_identifier').map((f) => [f.type, f.count])).toEqual([
      ['racial_ethnic_origin', 3], ['special_educational_needs', 2],
    ]);
    // At the very start and end of the text too.
    expect(typesOf('Name, Year, Ethnicity\nAlfie Green, 7, WBRI\nMaya Osei, 8, BAFR')).toEqual(['racial_ethnic_origin']);
    // Two lines, each with commas, are not a table: a header needs two rows with as many cells under it.
    expect(typesOf('Bring pens, pencils, a ruler\nAmy Hart, Tom Reed, K\nThanks')).toEqual([]);
    // Code with commas is not a table: its "header" is no list of column names.
    const code = 'register("MacOSX", None, MacOSXOSAScript("default"))\nregister("chrome", None, MacOSXOSAScript("chrome"))\nregister("safari", None, MacOSXOSAScript("safari"))';
    expect(findingsOf(code).map((f) => f.type)).toEqual([]);
  });

  it('labels two comma-separated columns under a header naming whom each row is about, up to a sign-off', () => {
    expect(findingsOf('Name,Allergy\nTom Reed,nuts\nElla Ward,dairy\nThanks, Amelia').filter((f) => f.type === 'health').map((f) => f.count)).toEqual([2]);
    expect(typesOf('Pupil,Need\nTom Reed,Dyslexia\nElla Ward,ADHD')).toEqual(['health', 'special_educational_needs']);
    // Not any two cells: "Thanks, Amelia" under "Hi," is no header, and a header needs two rows of full names.
    const prose = 'Hi,\nThanks, Amelia\nSee you, Tom';
    expect(labelTextTables(prose)).toBe(prose);
    expect(labelTextTables('Name, Class\nTom Reed, 5T\nElla Ward, 5R\nThanks, Amelia')).toBe('Name | Class\nName: Tom Reed | Class: 5T\nName: Ella Ward | Class: 5R\nThanks, Amelia');
    expect(typesOf('Item,Allergen\nCake,nuts\nFlapjack,oats')).toEqual([]);
  });

  it('reads column headers as kinds of data, and a name split over two columns as one person', () => {
    const rows = ['Forename | Surname | Ethnicity | FSM', 'Forename: Amelia | Surname: Hart | Ethnicity: Refused | FSM: N',
      'Forename: Oliver | Surname: Sutcliffe | Ethnicity: Refused | FSM: No'].join('\n');
    expect(typesOf(rows)).toEqual([]);
    const names = findingsOf(rows).find((f) => f.type === 'person_name');
    expect(names?.count).toBe(2);
    expect(names?.sample).toBe('A. H.');
    const sensitive = rows.replace('Refused | FSM: N', 'White British | FSM: Y');
    expect(findingsOf(sensitive).filter((f) => f.category !== 'weak_identifier').map((f) => [f.type, f.count])).toEqual([
      ['racial_ethnic_origin', 1], ['free_school_meals', 1],
    ]);
  });

  it('counts a sentence once although the text and HTML alternatives both hold it', () => {
    const count = (texts: string[]) => findingsOf(texts).find((f) => f.type === 'health')?.count;
    expect(count(['Oliver Reed has epilepsy.\n\nJane', 'Oliver Reed has  epilepsy.\n\nJane'])).toBe(1);
    expect(count(['Oliver Reed has epilepsy. Amy Hart has asthma.'])).toBe(2);
  });

  it('scans a long text without full stops, counting its one sentence once', () => {
    // 2 MB in one sentence, holding thousands of terms: keeping a copy of the sentence per term ran out of memory.
    const text = 'Jane Smith has asthma and epilepsy and '.repeat(52000);
    const health = findingsOf(text).find((f) => f.type === 'health');
    expect(health?.count).toBe(1);
  });

  it('counts a list of names with dates of birth under a heading as records', () => {
    const names = ['Amelia Hart', 'Oliver Reed', 'Priya Shah', 'Hamza Malik', 'Zoe Hughes', 'Kieran Nowak', 'Maisie Evans', 'Aisha Ward', 'Declan Price', 'Ruby Cole', 'Ethan Lee', 'Grace Holt'];
    const found = findingsOf(`Dates of birth for the trip:\n${names.map((n, i) => `${n} ${String(i + 1).padStart(2, '0')}/03/2014`).join('\n')}`);
    expect(found.find((f) => f.type === 'date_of_birth')?.count).toBe(12);
    expect(found.find((f) => f.type === 'bulk_personal_data')?.count).toBe(12);
  });

  it('counts a row holding a sensitive field as a record even when the field records nothing', () => {
    const names = ['Amelia Hart', 'Oliver Reed', 'Priya Shah', 'Hamza Malik', 'Zoe Hughes', 'Kieran Nowak', 'Maisie Evans', 'Aisha Ward', 'Declan Price', 'Ruby Cole'];
    const rows = names.map((n, i) => `Pupil: ${n} | PP: ${i < 3 ? 'PP' : '-'} | SEN: ${i < 2 ? 'K' : 'N'}`).join('\n');
    const found = findingsOf(`Pupil | PP | SEN\n${rows}`);
    expect(found.find((f) => f.type === 'bulk_personal_data')?.count).toBe(10);
    expect(found.find((f) => f.type === 'free_school_meals')?.count).toBe(3);
    expect(found.find((f) => f.type === 'special_educational_needs')?.count).toBe(2);
  });

  it('links a heading to each person listed under it, and counts them as records', () => {
    const names = ['Amelia Hart', 'Oliver Reed', 'Priya Shah', 'Hamza Malik', 'Zoe Hughes', 'Kieran Nowak', 'Maisie Evans', 'Aisha Ward', 'Declan Price', 'Ruby Cole'];
    const found = findingsOf(`Pupil premium children in 4B:\n\n${names.map((n) => `- ${n}`).join('\n')}\n\nThanks`);
    expect(found.find((f) => f.type === 'free_school_meals')?.count).toBe(10);
    expect(found.find((f) => f.type === 'free_school_meals')?.evidence).toMatch(/people listed under a heading/);
    expect(found.find((f) => f.type === 'bulk_personal_data')?.count).toBe(10);
    expect(typesOf('These pupils have EHCPs:\n1. Amelia Hart\n2. Oliver Reed')).toEqual(['special_educational_needs']);
  });

  it('counts the people a sentence lists with a term said of them as records', () => {
    const names = ['Amelia Hart', 'Oliver Reed', 'Priya Shah', 'Hamza Malik', 'Zoe Hughes', 'Kieran Nowak', 'Maisie Evans', 'Aisha Ward', 'Declan Price', 'Ruby Cole', 'Ethan Lee'];
    const list = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    const bulk = (text: string) => findingsOf(text).find((f) => f.type === 'bulk_personal_data')?.count;
    expect(bulk(`The following pupils receive free school meals: ${list}.`)).toBe(11);
    // Thanked for a fundraiser: no term is said of them
    expect(bulk(`Many thanks to ${list} for the cake sale for Cancer Research UK.`)).toBeUndefined();
  });

  it('does not read a sign-off or a list of places as people listed under a heading', () => {
    expect(typesOf('Please find the FSM forms attached:\n\nThanks,\nJane Smith')).toEqual([]);
    expect(typesOf('Safeguarding training dates:\n\nJane Smith\nHead of Year 7')).toEqual([]);
    expect(typesOf('Here are the asthma inhalers to collect:\n- Science lab\n- Office')).toEqual([]);
  });

  it('links a bulleted list to the person its introduction names', () => {
    const text = 'Notes for Tariq Wright (UPN V873233714748):\n\n* SEN support, primary need ASD\n* eligible for free school meals';
    expect(typesOf(text)).toEqual(['free_school_meals', 'special_educational_needs', 'upn']);
  });

  it('does not read "looked after the beds" as looked-after status', () => {
    expect(typesOf('Thank you to Mr Dyson, who looked after the vegetable beds all through the holidays.')).toEqual([]);
    expect(typesOf('Jayden Walsh is looked after by the local authority.')).toContain('looked_after');
  });
});
