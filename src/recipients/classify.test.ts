import { classify, describeRecipients, selfForwardRecipients, visibleExternalIndividuals, type DomainLists } from './classify';

const lists: DomainLists = { internal: ['oakfield.example'], freemail: ['gmail.com', 'hotmail.co.uk'], secure: ['nhs.net'] };
const a = (address: string, name = '') => ({ address, name });

describe('recipients', () => {
  it('classifies internal, freemail, secure and external, with subdomains', () => {
    expect(classify('x@oakfield.example', lists)).toBe('internal');
    expect(classify('x@juniors.oakfield.example', lists)).toBe('internal');
    expect(classify('x@gmail.com', lists)).toBe('freemail');
    expect(classify('x@nhs.net', lists)).toBe('secure');
    expect(classify('x@council.example', lists)).toBe('external');
  });

  it('counts each freemail address, and other organisations once', () => {
    const headers = {
      to: [a('p1@gmail.com'), a('p2@gmail.com'), a('sen@council.example')],
      cc: [a('admissions@council.example'), a('me@oakfield.example'), a('nurse@nhs.net')],
      bcc: [a('p3@gmail.com')],
    };
    expect(visibleExternalIndividuals(headers, lists)).toBe(4);
  });

  it('marks envelope recipients missing from the headers as Bcc', () => {
    const r = describeRecipients(['A@Council.example', 'b@gmail.com'], { to: [a('a@council.example')], cc: [], bcc: [] }, lists);
    expect(r).toEqual([
      { address: 'a@council.example', field: 'to', class: 'external' },
      { address: 'b@gmail.com', field: 'bcc', class: 'freemail' },
    ]);
  });

  it('finds self-forwards by the sender\'s name tokens, accents folded', () => {
    const recipients = describeRecipients(['zoe.hartley88@gmail.com', 'parent@hotmail.co.uk'], { to: [], cc: [], bcc: [] }, lists);
    const self = selfForwardRecipients(a('z.hartley@oakfield.example', 'Zoë Hartley'), recipients);
    expect(self.map((r) => r.address)).toEqual(['zoe.hartley88@gmail.com']);
  });

  it.each([
    ['Priya Raman', 'priya.raman.personal@gmail.com'], ['Hannah Doyle', 'hdoyle.home@gmail.com'], ['Daniel Osei', 'danosei.exams@gmail.com'],
    ['Oliver Chen', 'oli.chen.teach@gmail.com'], ['Megan Price', 'meganp1980@hotmail.co.uk'], ['Priya Raman', 'raman.p@gmail.com'],
    ['Raman, Priya', 'p.raman@gmail.com'], ['Mrs Carol Jennings', 'c.jennings.home@gmail.com'], ['Łukasz Nowak', 'lukasz.nowak@gmail.com'],
    ['Jo Bloggs', 'jo.bloggs1984@gmail.com'], ['Ed Moss', 'edmoss@hotmail.co.uk'], ['Priya Raman', 'mrs.raman@gmail.com'], ['Priya Raman', 'missraman84@gmail.com'], ['Priya Raman', 'priya.k.raman@gmail.com'],
  ])('%s writing to %s is writing to themself', (name, address) => {
    const recipients = describeRecipients([address], { to: [], cc: [], bcc: [] }, lists);
    expect(selfForwardRecipients(a('staff@oakfield.example', name), recipients)).toHaveLength(1);
  });

  it.each([
    ['Jo Smith', 'mark.smith@gmail.com'], ['Jo Smith', 'smithfamily@gmail.com'], ['Ian Lee', 'brian.x@gmail.com'],
    ['Ian Lee', 'kathleen.moss@gmail.com'], ['Megan Price', 'meganparker@gmail.com'], ['Priya Raman', 'parent@gmail.com'],
    ['Ed Moss', 'fred.moss@gmail.com'], ['Priya Raman', 'raman@gmail.com'], ['Priya Raman', 'mrs.ramanfamily@gmail.com'], ['Priya Raman', 'mr.ramanathan@gmail.com'], ['Priya Raman', 'mark.k.raman@gmail.com'],
  ])('%s writing to %s is writing to someone else', (name, address) => {
    const recipients = describeRecipients([address], { to: [], cc: [], bcc: [] }, lists);
    expect(selfForwardRecipients(a('staff@oakfield.example', name), recipients)).toEqual([]);
  });
});
