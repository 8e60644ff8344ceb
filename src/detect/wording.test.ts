// Detection on wording written independently of the corpus: the same types said
// differently, and newsletter-style mail that names people near category words.
import { findingsOf, messageOf, scoredTypes, shippedRules, typesOf } from '../../test/helpers/detect';
import { detectMessage } from './detector';

const positives: [string, string[]][] = [
  ['Freddie Lawson (DOB 03.04.2011) has a severe peanut allergy and carries two adrenaline pens.', ['health']],
  ['Sophie was admitted to A&E last night after a seizure; Sophie Grant is now home.', ['health']],
  ['Mr Okoye has recently started on sertraline and is signed off for two weeks.', ['health']],
  ['Noah Phillips is on the waiting list for an autism assessment.', ['special_educational_needs']],
  ["We made a referral to children's social care about bruising on Lacey Moore's arm.", ['safeguarding']],
  ["Callum Price's father is currently in prison for burglary.", ['criminal_offence']],
  ['Jake Turner was cautioned by police for shoplifting last month.', ['criminal_offence']],
  ['Deborah Kerr is an active member of the Conservative Party and canvasses most weekends.', ['political_opinion']],
  ['Tom Fielding is the NASUWT rep for our site.', ['trade_union']],
  ['Ava Clarke is in foster care and her social worker will attend.', ['looked_after']],
  ['Marcus Bell receives free school meals.', ['free_school_meals']],
  ['Leo Grant has been given a fixed-term exclusion of three days.', ['exclusion']],
  ['Amira Yusuf (Year 4) is fasting during Ramadan this year.', ['religious_belief']],
  ['Staff member: Priya Shah, NI number JT 44 12 09 C, sort code 20-00-00 account 55779911', ['bank_account', 'ni_number']],
  ['Can you check NHS No. 401 023 2137 for Ellie Ward?', ['nhs_number']],
  ['Ellie-May Jones (Y8) – asthma, uses blue inhaler before PE', ['health']],
  ['A Year 7 pupil says that a teaching assistant, Craig Mottram, grabbed him by the collar and pushed him against a wall.', ['safeguarding']],
  ['Re: Kai\nKai was upset again today and told Miss Lee that his stepdad hits him when he drinks.', ['safeguarding']],
  ['Name: Oscar Finch\nDate of birth: 12/09/2013\nEthnicity: White British\nFirst language: English', ['racial_ethnic_origin']],
  ['Attached is the list of 3 pupils receiving pupil premium funding: Ruby Ellis, Harvey Moss and Isla Grant.', ['free_school_meals']],
  ["As discussed, Jenna's mum has told us that Jenna has been self-harming and has an appointment with CAMHS next week.", ['health', 'safeguarding']],
  // A given name that is also a word ("josh", "noah"), opening the sentence as its subject.
  ["Josh's father is currently serving a prison sentence for assault.", ['criminal_offence']],
  ['Ollie has an EHCP and sees the speech therapist on Mondays.', ['special_educational_needs']],
  ['Noah is a young carer and a Section 47 enquiry has been opened.', ['safeguarding']],
  ['Mr Dawson (science) has been signed off with stress for four weeks.', ['health']],
  ['Mrs Hall (teaching assistant, working with Year 2) has been signed off with stress.', ['health']],
  ['Tom Reed (Y4, working with Mrs Hall on his EHCP targets) has made good progress.', ['special_educational_needs']],
  ['We welcome Ms Grace Li (teaching assistant, supporting Jack in Year 3 with his EHCP).', ['special_educational_needs']],
  ['We welcome Ms Grace Li (teaching assistant, supporting Jack Reed with autism).', ['special_educational_needs']],
  ['Mrs Kaur is off sick again, so Year 3 will have a supply teacher.', ['health']],
  ['Sam has asthma; our training on asthma is next week.', ['health']],
  ['Olivia has a nut allergy, so please check labels before the cooking lesson.', ['health']],
  ['Tom Reed has been fingerprinted for the new cashless catering system.', ['biometric_genetic']],
  // Forms and exports in capitals.
  ['Pupil: HARVEY COLE. Medical: epilepsy', ['health']],
  // File names, as titles: an acronym after a name is about them, not part of it.
  ['Harvey Cole EHCP', ['special_educational_needs']],
  ['Kyle Brennan ADHD assessment', ['health']],
  ['Amelia Hart - exclusion letter', ['exclusion']],
  ['Maisie Evans FSM form', ['free_school_meals']],
  ['Hamza Malik IHP', ['health']],
  // Said of someone in other words: striking, sent home for behaviour, their fingerprints, sectioned, a people named as one.
  ['Mrs Lowe joined the NEU strike on Tuesday.', ['trade_union']],
  ['Mr Hall is on strike tomorrow so Year 5 are with Mrs Lee.', ['trade_union']],
  ['Amy Walsh was sent home for the rest of the day after the fight.', ['exclusion']],
  ['Amy Walsh was sent home with a temperature.', ['health']],
  ["Isaac Dunn's fingerprints are used for the library system.", ['biometric_genetic']],
  ["Libby Shaw's mum has been sectioned.", ['health']],
  ["Lily Doyle's family are Irish Travellers and may be away for part of June.", ['racial_ethnic_origin']],
  ['Jacob Wells has Down syndrome and is working at P-levels.', ['health', 'special_educational_needs']],
  ['Sienna Ford has a tic disorder.', ['health']],
  ['Leo Campbell knows how to use his EpiPen.', ['health']],
  ['Please refer Mark Hughes to occupational health.', ['health']],
  ['Kyle has been missing education since January and the family have not engaged.', ['safeguarding']],
  ['Nina Shah attends the Hindu temple every Saturday.', ['religious_belief']],
  ['Ben Cole goes to Kingdom Hall with his family.', ['religious_belief']],
  // Multi-agency and court wording, injuries and infections, SEMH provision for one pupil.
  ['Leah Brown was discussed at MARAC last week.', ['safeguarding']],
  ['Kai Ellis is due in court on Monday.', ['criminal_offence']],
  // A relative of one person ("her stepfather"), with no name in the sentence.
  ['Her stepfather has been charged with assault.', ['criminal_offence']],
  ['Zara Khan broke her arm at the weekend.', ['health']],
  ['Sophie Lane tested positive for Covid.', ['health']],
  ['Harvey Cole has chickenpox and will be off until Monday.', ['health']],
  ["Lily's Boxall profile shows she needs nurture group support.", ['special_educational_needs']],
  ['Your child has been seen by the school nurse for an asthma attack today.', ['health']],
  // Popular given names that are also words, with surnames that are too.
  ['Ruby Hall is at risk of CSE according to the police.', ['safeguarding']],
  ['Grace Young is on a care order and lives with foster carers.', ['looked_after']],
  ['Grace Hill is pregnant and will be on maternity leave from June.', ['health']],
  ['Priya Shah (Year 3) is Hindu and will be absent for Diwali.', ['religious_belief']],
  // Abbreviations schools and councils write.
  ['Harvey Cole has CP concerns logged on CPOMS this week.', ['safeguarding']],
  ['Harvey Cole is open to CIN and the social worker visits weekly.', ['safeguarding']],
  ['Harvey Cole is CiC and placed out of county.', ['looked_after']],
  ['An EHCNA has been requested for Harvey Cole.', ['special_educational_needs']],
  ['Harvey Cole is at risk of PEX if this continues.', ['exclusion']],
  ["There is a history of DV in Harvey Cole's household.", ['safeguarding']],
  ['Harvey Cole has been self-isolating with suspected TB.', ['health']],
  ['Christian Smith is a practising Christian and attends church weekly.', ['religious_belief']],
  ['Harvey Cole is on a CPP since March.', ['safeguarding']],
  ['Mr Turner voted Reform at the last election and makes no secret of it.', ['political_opinion']],
  ["Daisy Fox's father is on the sex offenders register.", ['criminal_offence']],
  ['Ethan Reid was stopped and searched by police outside school.', ['criminal_offence']],
  // Surnames that are also words ("Brown", "King"): the name still links the term.
  ['Pupil premium list: Sophie Brown (Year 3) and Oscar King (Year 5).', ['free_school_meals']],
  // Popular given names that are also words, with surnames that are too.
  ['Oscar Smith has asthma and needs his inhaler on the trip.', ['health']],
  ['Hamza Cook receives pupil premium.', ['free_school_meals']],
  ["Can someone cover Mrs Patel's chemo appointments on Tuesdays?", ['health']],
  ['Noah Edwards will be absent on Friday for a hospital appointment.', ['health']],
  ['Tom Hill was not excluded but has been suspended for two days.', ['exclusion']],
  ['Jack Lee spent the day in isolation after the fight.', ['exclusion']],
  ['Jack Reed was given a final warning by the police for criminal damage.', ['criminal_offence']],
  // "Roman" is a given name, but not before "Catholic".
  ['She is Roman Catholic and attends Mass every Sunday.', ['religious_belief']],
  // Harm said in the passive, orders that keep someone away, named prisons, absence for a festival.
  ["I'm worried about Ellie Shaw - she has told two friends she is being hit at home.", ['safeguarding']],
  ["Harvey's mum has asked us not to let his father collect him as there is a non-molestation order in place.", ['safeguarding']],
  ['Social services are now involved with the Keane family after Ruby Keane came in with a black eye.', ['safeguarding']],
  ["Lucas Brown's dad is in HMP Manchester until next year.", ['criminal_offence']],
  ['Zainab Hussain is absent for Eid al-Fitr.', ['religious_belief']],
  ['Alfie Ross has a hearing impairment and wears hearing aids in both ears.', ['health']],
  // A group phrase does not hide a named pupil's own condition.
  ['Students with the following conditions are on the trip: Tom Reed (asthma), Amy Clark (epilepsy).', ['health']],
  ['Please check whether Tom Reed has had his medication today; he has epilepsy.', ['health']],
  ['Kai Ellis has done a project on his diabetes for the science fair.', ['health']],
  ['One of our pupils (Tom Reed) has disclosed that he is hit at home.', ['safeguarding']],
  // A letter to one person about their own absence, and a staff absence list.
  ['Dear Karen, following your return to work meeting, I can confirm that your absence was due to a back injury.', ['health']],
  ['Staff absence: Mrs Green (sick - flu), Mr Ahmed (dentist), Miss Lowe (training).', ['health']],
  ["Lucy Hart popped in to say thanks for the card. She's recovering well from her operation.", ['health']],
  // Gypsy, Roma and Traveller families; party membership and campaigning; Prevent; sexual activity and partners.
  ['Tyler Price is from a Traveller family and has moved schools three times.', ['racial_ethnic_origin']],
  ['Mr Grant is a Labour Party member and local councillor.', ['political_opinion']],
  ['Ms Hale has been campaigning for the Green Party in the by-election.', ['political_opinion']],
  ['Dean Walsh has been expressing far-right views in class and was referred under Prevent.', ['political_opinion', 'safeguarding']],
  ['Jack Owen has been asking for condoms from the school nurse.', ['sex_life']],
  ['Megan Hart says she has a girlfriend and is worried about her parents finding out.', ['sex_life']],
  // Names as registers and hand-filled forms write them.
  ['MUHAMMAD ALI KHAN - asthma, inhaler in bag', ['health']],
  ['Jake SMITH has asthma.', ['health']],
  ['pupil: jake smith, condition: asthma', ['health']],
  ['The head decided to exclude Tom for two days.', ['exclusion']],
  // Conditions and care said in ordinary words.
  ['Amy Hart has been struggling with her mental health since Christmas.', ['health']],
  ['Tom Reed is under the care of a consultant at the Royal.', ['health']],
  ['Mrs Hughes is going through the menopause and has asked for adjustments.', ['health']],
  ['Ms Rowe is undergoing IVF treatment and needs time off.', ['health']],
  ['Jack Moss is on a reduced timetable following his return from hospital.', ['health']],
  ['Olivia Grant has been having counselling since her dad died.', ['health']],
  ['Ben Cole has a colostomy bag and needs privacy to change it.', ['health']],
  ['Isla Grant has a stammer and sees a speech therapist.', ['special_educational_needs']],
  ['Freya Lamb has been referred to Early Help.', ['safeguarding']],
  ['A TAF meeting for Ruby Keane is booked for Tuesday.', ['safeguarding']],
  ['Kai Ellis went missing overnight and was found by police.', ['safeguarding']],
  ['Ella Moss (Y9) was found with a knife in her bag; police were called.', ['criminal_offence']],
  // A pupil by initials and year group; signs of self-harm; a concern logged in the safeguarding system.
  ['Mr Hall suffered a cardiac arrest at the gym and is in hospital.', ['health']],
  ['Mrs Ward is off to Mecca for Hajj during the holidays.', ['religious_belief']],
  ['Mrs Patel has a cold and is working from home.', ['health']],
  // A girl's or boy's name that is also a word, alone before a verb.
  ['Ruby has asthma and carries an inhaler.', ['health']],
  ['Grace has been diagnosed with diabetes.', ['health']],
  ["Quick update on J.B. (Y8) - mum phoned. He's been really low and she found cuts on his arms at the weekend.", ['health', 'safeguarding']],
  ['I have logged it on CPOMS for A.K. (Year 10).', ['safeguarding']],
  ['Can we check whether Poppy Nash is PP? She isn\'t on the list.', ['free_school_meals']],
  ['Staff face-recognition template for Nina Hart has been deleted.', ['biometric_genetic']],
  ["Hi Sarah, Jacob's mum rang - he's been vomiting since last night so won't be in today.", ['health']],
  ['The police have issued a Child Abduction Warning Notice regarding Kayla Dixon.', ['safeguarding']],
  ['Amara Obi has sickle cell and may need to rest during PE.', ['health']],
  ['Ms Reid is having a hysterectomy in March.', ['health']],
  ['Summer Jones is on the autistic spectrum and struggles with loud noises.', ['special_educational_needs']],
  ['Reggie Hunt has a statement of SEN from his previous school in Wales (IDP).', ['special_educational_needs']],
  ['Jordan Platt has been electronically tagged and is on a curfew until June.', ['criminal_offence']],
  ['Hello Dr Rahman, I am writing about my son, Tobias Marsh. He has been having headaches and his vision seems blurred.', ['health']],
  ['Dear Mrs Holt, we are sorry to hear that your husband is unwell. Please take the time you need.', ['health']],
  ['Student: Ffion Evans, Year 11\nAccess arrangements: 25% extra time, separate room (anxiety)', ['health', 'special_educational_needs']],
  ["Hi all - just to say Mo's op went well and he's recovering at home.", ['health']],
  // A day or a reason after "the lesson on" is no topic: the term is still about the pupil.
  ['Amy Hart missed the lesson on Monday because of asthma.', ['health']],
  ['Amy Hart left the class on Friday with a migraine.', ['health']],
  ['Ben Cole was sent out of the session on Tuesday for anxiety attacks.', ['health']],
  // HR mail: a disability declared by staff, DBS results, prayer times, party membership, dependence.
  ['Gareth Price has disclosed he has a disability (MS) and requested reasonable adjustments.', ['health']],
  ['Please note the DBS for Nadia Karim came back with a reprimand from 2015.', ['criminal_offence']],
  ['Ahmed Raza requested leave for Friday prayers.', ['religious_belief']],
  ['Governor Martin Sykes declared he is a member of the Liberal Democrats.', ['political_opinion']],
  ['Steve Hale is a recovering alcoholic and attends AA meetings.', ['health']],
  ['Zara Khan is fasting from chocolate for Lent, she says.', ['religious_belief']],
  ['Sophie Lane is an atheist and objects to collective worship.', ['religious_belief']],
  // The writer about themselves: the sender is a person too.
  ["Hi Karen,\nI've been signed off with stress for two weeks, fit note attached.\nThanks, Jo", ['health']],
  ['Dear HR, I am pregnant and due in May, so I would like to discuss maternity leave. Regards, Aisha Khan', ['health']],
  ["Hi, I won't be in tomorrow as I have a hospital appointment for my MRI scan. Lou", ['health']],
  ['Mr Hall had a stroke last week and is in hospital.', ['health']],
  ['Amy Hart has a rare condition that affects her joints.', ['health']],
  ["Ben Cole's condition has worsened since Friday.", ['health']],
  // Other agencies' wording: MASH, police callouts, team around the child, school nurses, transport.
  ['PC Jones from the MASH called about Leon Carter - there was a police callout to the address on Saturday (domestic).', ['safeguarding']],
  ["Poppy Walsh's BMI is in the obese range; we'd like to invite her family to the healthy weight programme.", ['health']],
  ['Transport: Riley Cox (wheelchair user) needs an accessible taxi from 1 Sept.', ['health']],
  ["Following the TAC meeting, Lewis Hart's family will receive support from the Family Intervention Team.", ['safeguarding']],
  ['Amir Shah has been referred to the in-school alternative provision for 6 weeks.', ['exclusion']],
  ["Emma's mum has MS and is struggling at home.", ['health']],
  ['Ruby W is having counselling through Place2Be on Thursdays.', ['health']],
  // One person of a group, without a name
  ['One of our Year 2 girls has been diagnosed with leukaemia; her family have asked us to tell the class.', ['health']],
  ['The twins in Y1 have just been taken into care.', ['looked_after']],
  ['Leo has a squint and wears glasses with a patch.', ['health']],
  ["Archie's mum says he has been bed-wetting since his dad left.", ['health']],
  ['Oliver uses a hearing loop in assemblies.', ['health']],
  ['Ms Price has a conviction for ABH from 2012 which she disclosed at interview.', ['criminal_offence']],
  ["Ethan Cole's dad is on licence after release and must not come near the school.", ['criminal_offence']],
  ['Mr Green has been bailed pending further enquiries.', ['criminal_offence']],
  ['Kevin Pike is a Voice Community member.', ['trade_union']],
  ['Sue Barker was seen at a Reform rally and parents have complained.', ['political_opinion']],
  ['Tom Reed is in a same-sex relationship with a colleague.', ['sex_life']],
  // SEN provision and plans as SENCOs write them
  ['Leo Kemp has a learning support assistant for literacy.', ['special_educational_needs']],
  ['Ava Pike is non-verbal and uses PECS.', ['special_educational_needs']],
  ["Jack Fenton's APDR has been updated with new targets.", ['special_educational_needs']],
  ['Emily Norris has a pupil passport describing her sensory needs.', ['special_educational_needs']],
  ['Isla Brooks has selective mutism.', ['health']],
  ["Leo Kemp's foster mum will collect him today.", ['looked_after']],
  ['Please add Harry Dale to the free meals list from Monday.', ['free_school_meals']],
  ['George Lamb is entitled to a free school lunch.', ['free_school_meals']],
  ['Jade Lee has been put in the internal inclusion room for two days.', ['exclusion']],
  ['Following the incident Kai Ward will be educated off-site for a week.', ['exclusion']],
  ['We believe Leon Ali is being criminally exploited - he has been found in another county twice.', ['safeguarding']],
  ['Ben Cole came in hungry and unwashed again, and his uniform has not been changed all week.', ['safeguarding']],
  ['Zoe Bell has been sharing nudes and the images have been circulated.', ['safeguarding']],
  ['The Mormon family, the Pratts, have asked for Sam to be excused.', ['religious_belief']],
  // Plurals and other forms of listed terms
  ['Sophia Hale is under the care of the eating disorders team at the hospital.', ['health']],
  ["Ahmed Khan's family are asylum seekers and are housed in temporary accommodation.", ['racial_ethnic_origin']],
  ['Nicole Baines has been referred to the young offenders team.', ['criminal_offence']],
  ['Toby Grant wets himself most days and we have spare clothes in the office.', ['health']],
  ["Zainab Ahmed's mum is asking whether she can wear her hijab for PE.", ['religious_belief']],
  ['Mr Costa (Greek Orthodox) has asked for leave for Easter.', ['religious_belief']],
  ['Sian Pritchard told me she is a Plaid Cymru councillor.', ['political_opinion']],
  ['Maya Collins uses SEN transport from home each morning.', ['special_educational_needs']],
  ['Ellis Hunt was seen by the school counsellor twice this week after the bereavement.', ['health']],
  ['Hollie Webb has a PEG feed and a nurse comes in at lunch.', ['health']],
  ['Oscar Lee was caught vaping and has been given a day in the inclusion room.', ['exclusion']],
  ['Harvey Cole keeps his EpiPens in his bag.', ['health']],
  ['Ava Kerr is on the asthma register.', ['health']],
  ["Tyler's behaviour has deteriorated and he has now had 3 suspensions this term.", ['exclusion']],
  // A unit's name is no person: "the Bridge PRU" is where Charlie goes
  ['Charlie will be starting at the Bridge PRU next week.', ['exclusion']],
  ["Staff briefing: Please be aware that Oliver Penn's father is not allowed on site. There is an injunction in place.", ['safeguarding']],
  // A member of staff telling HR of their own condition: health, not a child's disclosure
  ['Rebecca Lowe has disclosed a diagnosis of bipolar disorder to HR.', ['health']],
  ['Tom Reed has disclosed a disability to HR.', ['health']],
  ['Hi Jo,\n\nI saw Ellie Marsh at break. Eventually it came out that things at home are bad and Dad has been hitting Mum.', ['safeguarding']],
  ['Sam Reed came out to his parents last week.', ['sex_life']],
  ["Zac's mum called. The hospital have found a shadow on his lung scan.", ['health']],
  // Signs of harm, neglect and exploitation as staff record them
  ["Staff noticed marks on Leo Finch's neck this morning and he would not say how they happened.", ['safeguarding']],
  ['Police found Tyler Moss in the town centre at 2am on Saturday.', ['safeguarding']],
  ['Amber Lee has an older boyfriend who picks her up in a car and buys her gifts.', ['safeguarding']],
  ['Riley Hunt displayed sexualised behaviour towards younger pupils in the playground.', ['safeguarding']],
  ['There is no food in the house according to Ella Webb and she arrives hungry every day.', ['safeguarding']],
  ["Liam Price has been going missing at night and has a new phone he won't explain.", ['safeguarding']],
  ["Isla Grant's home conditions are very poor - no beds and dog mess on the floor.", ['safeguarding']],
  ['Harvey Cole was excluded. There were 3 other incidents.', ['exclusion']],
  // Wales and Scotland
  ["Our ALNCo has met with Rhys Morgan's parents about his additional learning needs.", ['special_educational_needs']],
  ['Megan Price is eligible for eFSM.', ['free_school_meals']],
  ['Dafydd Evans receives PDG funding.', ['free_school_meals']],
  ["Ross Grant was referred to the Children's Reporter after the incident.", ['safeguarding']],
  // Typed in haste, without capitals or apostrophes
  ['hi jo, just a heads up that kyle brennan has been really low lately and mentioned self harm to his tutor', ['health', 'safeguarding']],
  ['spoke to mum re: tia - shes been diagnosed with dyslexia by the ed psych', ['health', 'special_educational_needs']],
  // A decision about one child, and seeing a named pupil about their own need
  ['Dear Mrs Ali, your child is eligible for free school meals from Monday.', ['free_school_meals']],
  ['I will see Amy Hart tomorrow about her asthma plan.', ['health']],
  // One pupil a line with a note: a name whose words are also words ("Daisy Hall") in a list of names
  ["Please leave Bella Stone and Tommy Fraser out of the leavers' book - they're not allowed to be photographed for safeguarding reasons.", ['safeguarding']],
  ["The following staff will be taking part in Thursday's strike action: Mr J Fletcher, Mrs A Dunn, Ms P Grey.", ['trade_union']],
  ['Tom Reed is doing 80 hours community service after the break-in.', ['criminal_offence']],
  ['We think Harley Dixon was vaping by the bike sheds and possibly selling cannabis.', ['criminal_offence']],
  ['Harry Stone in Year 11 has come out as trans and is socially transitioning at school.', ['sex_life']],
  ['Sam Hill identifies as non-binary.', ['sex_life']],
  ['Tom Reed is raising money for his cancer treatment; Amy Hart has a learning support assistant in maths.', ['health', 'special_educational_needs']],
  ["Ellie won't be in PE today - she's got a really bad cold and a high temperature.", ['health']],
  ['Harriet Moss attends the Extinction Rebellion protests every weekend with her mum.', ['political_opinion']],
  ['Tom Reed went to the pro-Palestine march in London on Saturday.', ['political_opinion']],
  ["Amy Hart's mum has Unite membership and goes to branch meetings.", ['trade_union']],
  ['Jack Cole had his DNA taken by police after the fight.', ['biometric_genetic']],
  ["Ellie Ward's biological father wants a paternity test.", ['biometric_genetic']],
  ['Maddie Cole told her teacher that her older brother is in a gang and carries a knife.', ['criminal_offence', 'safeguarding']],
  ['Sam Reed is adopted and his adoptive parents have asked us not to mention it.', ['looked_after']],
  ["Tom Reed's family are from Jamaica and he visits his grandparents every summer.", ['racial_ethnic_origin']],
  ['Eve Hart speaks Urdu and English at home.', ['racial_ethnic_origin']],
  ["Amy Hart's first language is Polish.", ['racial_ethnic_origin']],
  ["Leo Cohen will miss Saturday's match because of the Sabbath.", ['religious_belief']],
  ['Freya Dale has had her tonsils out, and Lily Shaw has been having nosebleeds.', ['health']],
  ["hi miss, jayden wont be in 2day hes got d&v. thanks kerry (mum)", ['health']],
  ['Jayden had a headache in maths and Amy Hart has got tummy ache.', ['health']],
  // Casual voice: what staff and parents write in a hurry
  ["Ollie's been really unsettled since his dad moved out and he's been wetting the bed again.", ['health']],
  ['Mum rang to say Harry was up all night being sick.', ['health']],
  ["Theo said he hasn't had any tea for three days.", ['safeguarding']],
  ["Priya's parents are going through a messy divorce and there's a non-mol in place.", ['safeguarding']],
  ['Can we get a translator for Mrs Ahmed - she only speaks Bengali.', ['racial_ethnic_origin']],
  ["Ruby's mum has asked if she can pray in a quiet room at lunchtime.", ['religious_belief']],
  ['Layla is living with her nan while mum is in rehab.', ['health']],
  ['Connor got caught with a vape and some weed in his bag.', ['criminal_offence']],
  ["Pupil X's father is in prison.", ['criminal_offence']],
  ["Amy Hart's pupil premium funding paid for her music lessons.", ['free_school_meals']],
  ["Jade's step-dad has a history of violence and is not allowed contact.", ['safeguarding']],
  ['Oscar Price is a young carer for his mum who is disabled.', ['health', 'safeguarding']],
  ["Nathan's older brother was stabbed last weekend.", ['safeguarding']],
  ["tom's been really anxious again, mum thinks its the new meds", ['health']],
  ['Amira will be off Weds for Eid, and Tom Reed is out of school on Friday for Diwali.', ['religious_belief']],
  ['Please can Priya Sharma be excused on Thursday for Diwali.', ['religious_belief']],
  ['Samir Haddad and his mother arrived from Syria last month and are seeking asylum.', ['racial_ethnic_origin']],
  ['Dana Rahimi fled Afghanistan with her uncle in 2022.', ['racial_ethnic_origin']],
  ["Jessica Wong's grandparents came over from Hong Kong in the 1960s.", ['racial_ethnic_origin']],
  ["Mrs Ward will cover Tom Reed's FGM risk assessment.", ['safeguarding']],
  ['Mr Okafor spoke about his diabetes in assembly.', ['health']],
  ['Nurture group: Kayden (CP), Millie (CIN)', ['safeguarding']],
  ['AM (6R) has been self-harming.', ['health', 'safeguarding']],
  ['JB (10X2, CIN) missed his CP review.', ['safeguarding']],
  ['Tom Reed is a supporter of Just Stop Oil.', ['political_opinion']],
  ['Please can Nina support Lola (HI) in English.', ['special_educational_needs']],
  ['Sam T (Y4, VI) needs large print.', ['special_educational_needs']],
  ['One of our Year 2 boys came in today with a hand-shaped mark on his cheek.', ['safeguarding']],
  ['Tom Reed gave a talk to the class about his epilepsy.', ['health']],
  ['The family of baby Ava Lin have been referred to the perinatal mental health team.', ['health']],
  ["Tom Reed's father is serving his sentence at HMP Leeds.", ['criminal_offence']],
  ['fyi - Mason Clarke (8T) told me hes been cutting again', ['safeguarding']],
  ['Ollie T in 4B came in with a bruise on his face, says his dad did it.', ['safeguarding']],
  ['Jamie Cole (Y7) - no contact with dad (court order), only mum or nan to collect', ['safeguarding']],
  ['Tom Reed in Year 10 will study at home while his epilepsy medication is changed.', ['health']],
  ['Jake Morris (Y11) and his boyfriend were on the trip together.', ['sex_life']],
  ['Concerns that Leah Brown (Y10) is being picked up from school by older men in cars.', ['safeguarding']],
  ['Jayden Reed has been referred to Dr Nina Shah, a consultant paediatrician.', ['health']],
  ['Please give Amy Hart her inhaler before PE. Mrs Gray', ['health']],
  ['Tom Reed has been losing weight and skipping lunch.', ['health']],
  ["I'm worried about one of my Year 5s - she's lost a lot of weight and seems withdrawn.", ['health']],
  ["Please keep Oscar and Lily apart - Lily's mum says Oscar has been making comments about her weight and skin colour.", ['racial_ethnic_origin']],
  ['A Year 8 girl, Amina H, told staff about a ceremony abroad this summer; the DSL has been informed.', ['safeguarding']],
  ['Miss Lowe is engaged to her girlfriend and is getting married in the summer.', ['sex_life']],
  ['Millie T (Y4, CIN) has been late again.', ['safeguarding']],
  ["Tom Bright's parents are awaiting the results of a paternity DNA test.", ['biometric_genetic']],
  ['Two Year 10 students, Kieran Lamb and Josh Rowe, were found sharing a nude image of another pupil.', ['safeguarding']],
  ['We have been made aware that Mr Simon Price (teacher) is in a relationship with a Year 13 student.', ['safeguarding']],
  ['Mrs Anne Ford has been handing out Socialist Worker leaflets at the school gate.', ['political_opinion']],
  ['Amy Hart, Christian, aged 12, joined in September.', ['religious_belief']],
  ['Tom Reed is a practising Christian and goes to church on Sundays.', ['religious_belief']],
  ["The consultant diagnosed a problem with Amy Hart's heart valve.", ['health']],
  ['Mrs Hall covered for Mr Price, who is off with stress.', ['health']],
  ["Kacper's mum said they're going back to Poland for good in July.", ['racial_ethnic_origin']],
  ["Please can Zoe sit out of PE this week, she's on her period and has bad cramps.", ['health']],
  ['Evie (7R) is a selective mute and will not speak in class.', ['health']],
  ["We've had a call from Children's Services about Maisie.", ['safeguarding']],
  ['Sadie is being bullied on social media and some of the messages mention her race.', ['racial_ethnic_origin']],
  ["Tilly's nan is her kinship carer.", ['looked_after']],
  ['Notes for the new teacher:\nEthan Brooks - sits at the front\nDaisy Hall - CP plan, speak to DSL first', ['safeguarding']],
];

const negatives = [
  // Roles that answer for a kind of need, careers in a field, union news, training on a topic
  'Dr Amanda Frost will talk to sixth formers about careers in medicine and surgery.',
  'The NEU has announced a ballot, Mark Evans will keep staff updated about any strike days.',
  'Ben Carter is our Looked After Children lead and can answer questions about virtual school funding.',
  'The exclusions appeal panel training is led by Helen Ward of the local authority.',
  'Anna Scott is the governor with responsibility for SEND and pupil premium.',
  'Could James Lee please collect the first aid kit and the spare inhalers from the office before the trip?',
  // The school's own lists, the people who did the paperwork, people who work at a service, a union's meetings
  'Hi team, reminder that the Prevent duty refresher is due. Jane Foster will circulate the link. Also, the asthma register needs updating by class teachers.',
  'The Year 11 mock exams start Monday; access arrangements have been shared with invigilators by Carol Stone.',
  "Rachel Hart from the virtual school will attend the governors' meeting.",
  'Sign up to the Unison branch meeting with Paula Gray on Tuesday.',
  // Plural terms for equipment, groups and forms; a character in a play; people who work in a service
  'Year 8 drama: Lily Ward plays a girl whose older boyfriend leads her into trouble.',
  'In English, Amir Shah wrote a story about a boy who goes missing at night.',
  'Thanks to Joe Platt for the refugees fundraiser on Friday.',
  'Leah Moss wrote to the council asking for more support for asylum seekers in our town.',
  "Sam Green's presentation on care leavers' rights was excellent.",
  'Reminder to all staff from Tom Hale: annual reviews of the fire risk assessments are due.',
  'Kate Lyons has updated the provision maps template for all departments.',
  'Mr Jones collected the spare EpiPens and inhalers for the Year 3 trip.',
  'Nina Patel will deliver training on support plans to all TAs.',
  'Please ask Jack Reid, our SEN transport coordinator, about bus passes.',
  "The virtual school's annual conference was attended by Mrs Fox.",
  'Claire Hodge has worked in kinship care policy at the council for ten years.',
  "Chris Ball led the assembly about the Children's Hearing system in Scotland.",
  'The wheelchairs for the sports day race were donated by Tim Nash.',
  'The results came out on Thursday and Sam Reed did brilliantly.',
  'Harvey Cole was excluded from the analysis as he joined in June.',
  // Governors' minutes: a tally, a union's notice, and a head reporting on staff in general
  'Headteacher\'s report: Mrs Carter reported that attendance is 95%. There were 3 suspensions and no permanent exclusions this half term.',
  'Union matters: The NEU has notified the school of a national ballot; Mrs Carter will keep governors updated.',
  'Mrs Carter said two members of staff are on long-term sick leave; the board did not discuss individuals.',
  'Harvey Cole told us the police found his stolen bike.',
  'Harvey Cole got full marks on his maths test.',
  'Harvey Cole: PE kit keeps going missing.',
  // A family court order about contact is no offence
  "Skye Rowe's parents have separated and dad has no contact following a court order.",
  // Staff suspended while an investigation runs: an employment matter, not a pupil's exclusion
  'Paul Rigby has been suspended pending the outcome of the disciplinary hearing.',
  'The police gave an assembly on knife crime to Year 9.',
  'Our school nurse will run a drop-in session on healthy eating.',
  'The Pride flag was raised on Monday and the union flag on Friday.',
  'Please remember that pupils with asthma must bring their inhalers on the trip.',
  'The caretaker will look after the keys over half term.',
  'Reminder: all staff must complete safeguarding training by Friday.',
  'Mr Hughes will teach Religious Education and PSHE next year.',
  'Order number 9434765919 has been dispatched by courier.',
  'Congratulations to Amelia Hart, who raised £300 for Diabetes UK with a sponsored swim.',
  'Thank you to Mr Patel for organising our Eid celebration assembly.',
  'Well done to Jack Smith for winning the cross-country. Mental health awareness week starts on Monday.',
  'Mrs Khan, our new SENCO, will hold drop-in sessions for parents of children with SEN.',
  'Our Year 6 pupils visited the synagogue and the mosque as part of their RE topic, led by Mr Evans.',
  'Join Ms Rahman at the union meeting in the hall on Tuesday to hear about the pay ballot.',
  'Guest speaker PC Lucy Ward talked to Year 10 about county lines and staying safe online.',
  'Dear Mrs Walker, thank you for the invoice for the sickle cell awareness workshop.',
  // The same words opening a sentence as ordinary nouns.
  'Jack plugs for the hall speakers are in the cupboard by the prison-themed drama set.',
  'Grant funding for the mental health first aid course has been approved.',
  'Mr Dawson signed off the science budget for next year.',
  // Training about conditions, and asking whether there is one.
  'Mr Jones will be running a first aid course on asthma and epilepsy awareness for staff.',
  'Could you let me know if Olivia has any allergies before the cooking lesson?',
  'Please tell us whether Ava takes any medication.',
  'All Year 7 pupils will be fingerprinted for the canteen in September; Mrs Lane has the consent forms.',
  'Pupil: ALL YEAR 5 pupils need a packed lunch. Medical: asthma',
  'Name: OAKFIELD ACADEMY. Medical: asthma inhalers are kept in the office.',
  'Our nurture group runs on Tuesday afternoons, led by Mrs Shaw.',
  'There have been three cases of chickenpox in Year 2 this week. Any questions to Mrs Gill.',
  // A letter to every parent: "if your child...".
  'If your child has asthma, please bring an inhaler on the trip. Thanks, Mrs Gill.',
  'Please let us know whether your son has any allergies.',
  // The same letters meaning something else.
  'Mr Cole needs a 2 TB drive for the video project.',
  'Harvey Cole (DV) will collect the minibus keys.',
  // Category words that are part of a name, and acronyms in lower case.
  'Copyright 2012 Christian Persch and David M. Gay.',
  '(C) 2011-2013 Christian Perrier, packaging.',
  '4) Exclusions From License Grant.',
  // Category words inside e-mail and web addresses.
  '2016 Christian Gmeiner <christian.gmeiner@gmail.com>',
  'Harvey Cole: see https://www.nhs.uk/conditions/epilepsy/ for advice.',
  'Mrs Gay, the science teacher, will run the club.',
  'The build files are in lang/cpp and the course notes in cse/notes.',
  // ...and places named like people.
  'Holly Lodge is a care home for people with dementia.',
  'Rose Hill has a dementia unit and a new garden.',
  'Staff voted for the new timetable at the meeting chaired by Mrs Cole.',
  // What did not happen, a member of staff suspended from work, and discipline at school.
  'Kai Ellis has not been excluded; his mum is coming in on Monday to talk about his behaviour.',
  'Mrs Dale has been suspended on full pay pending the investigation.',
  'Leo Grant is on a final warning for lateness, and Jack Reed was reprimanded by his form tutor.',
  // A surgery as a place, working alone, and topics studied.
  "Priya Shah's mum works at the GP surgery on the high street.",
  'Jack Lee worked in isolation on his art project this week.',
  'Amelia Cole won the prize for her project on diabetes in Year 9 science, and Noah Green will present his research on autism.',
  // Charities named after a condition.
  "The school's charity this year is Cancer Research UK, chosen by Olivia Taylor in 6B.",
  'Ben Ross raised £200 for the Epilepsy Society.',
  // Newsletter wording: a class visiting a place of worship, and what "families who..." should do.
  'Year 4 visited the Sikh gurdwara as part of their RE topic, and Year 6 enjoyed a talk from PC Hughes.',
  'Thank you to Holly Lodge for the concert. Free school meals: families who think they may be eligible can apply online.',
  // Policies, privacy notices and questions about people in general, near a named member of staff.
  'Our Supporting Pupils with Medical Conditions policy sets out how we support children with asthma, diabetes, epilepsy and anaphylaxis. It was reviewed by Mrs Claire Holt, Headteacher, in September.',
  'Privacy notice: we process special category data such as ethnicity, religion, health and biometric data. Contact our DPO, Ms Rachel Green.',
  'Ms Fraser asked whether any children in her class have been diagnosed with dyslexia so she can plan the reading groups.',
  'Attached is the Accessibility Plan, which covers pupils with disabilities such as hearing impairment and visual impairment. Approved by Mrs Pam Lee.',
  'In Year 5 science we are learning about the heart. Mrs Amy Lewis has sent home a worksheet on diabetes and healthy eating.',
  'Mrs Helen Troy will be running a workshop for parents on managing anxiety in children.',
  'The categories of pupil information that we collect include characteristics (such as ethnicity, language, and free school meal eligibility) and medical information (such as allergies and medication). Contact Mrs Helen Ward.',
  // The DSL named in a signature or welcomed in a newsletter is a role, not a concern.
  'Kind regards,\n\nJane Cooper\nSchool Business Manager\n\nSafeguarding: if you are worried about a child, please contact our DSL, Mr Tom Hale.',
  'Please welcome Mr Tariq Aziz, our new Designated Safeguarding Lead.',
  // Agenda items credited to whoever presents them.
  'Agenda item 4: Safeguarding report (Mrs Jan Kerr, DSL). Item 5: SEND update (Mr Paul Dean, SENCO). Item 6: Attendance and exclusions (Ms Fay Holt).',
  // Discipline at work, the law's list of characteristics, access for a group, a play's subject, the flu jab.
  'Mr Daniel Frost has been invited to a disciplinary hearing on 4 March regarding allegations of gross misconduct.',
  'Reminder: the Equality Act protects characteristics including race, religion and sexual orientation. Training with Mr James Brook.',
  'Mr Hollis asked if the ramp could be fixed for wheelchair users before open evening.',
  'Ava Singh said the Year 7 play about a boy with cancer made everyone cry.',
  'Mrs Amy Cole will give the flu vaccination to Year 2 on Monday.',
  'Our school counsellor, Pam Ivers, is available on Wednesdays for any pupil who wants to talk about anxiety, grief or friendship worries.',
  'Present: Mrs Hall (Chair), Mr Ng, Ms Kaur. Item 3: The committee reviewed the behaviour policy, including the use of suspensions and permanent exclusions.',
  // A scheme, a document or a body named after the people it serves is not one of them.
  'Reminder: the Employee Assistance Programme offers free confidential counselling for all staff.',
  'The pupil premium strategy statement explains how we spend the grant on mental health support.',
  'The child protection policy was reviewed by governors and covers domestic abuse.',
  'The teacher training day covers autism awareness and ADHD.',
  'The flight arrived from Poland two hours late, said Mr Jones.',
  // A given name that is also a faith, a fault diagnosed in a thing, an activity suspended.
  'Thanks to Tom, Christian and Amy for helping at the summer fair.',
  'Please can Christian and Amy bring their PE kits tomorrow.',
  'Mr Hall diagnosed the fault with the boiler and it is now fixed.',
  'Swimming for Year 4 is suspended this week while the pool is repaired, Mrs Green says.',
  'The car park (CP) will be closed on Friday, says Mr Lee.',
  'PE (7K) is on Tuesday; inhalers must be brought.',
  'Please ask Mrs Hall (HI) about the radio aid, says Tom Reed.',
  'PC Daniel Grey from the Safer Schools team would like to talk to Year 9 about knife crime next Tuesday.',
  'Mrs Hall has built a good working relationship with a Year 6 pupil in her class.',
  'Please welcome our new caretaker, Mr Steve Bond. Steve previously worked at HMP Manchester as a maintenance officer.',
  'Tom Reed was cutting paper for the display.',
  'Tom Reed has had no contact with his dad since he moved to Spain.',
  'Mr Paul Grey shared an article: the Trades Union Congress has called for a pay rise, and Unison and GMB are balloting members.',
  'Year 10 will study inherited conditions such as cystic fibrosis and sickle cell anaemia, says Mr Reed.',
  'Our Year 6 pupils held a mock general election; Ella Rose won as the Green Party candidate!',
  'Amy and her girlfriends went to the cinema, says Tom Reed.',
  'A blue inhaler has been handed in to the office. Mrs Gray',
  'Tom Reed was teased about his height and the colour of his coat.',
  'Mrs Hall has lost a lot of weight on her new diet, says Tom Reed.',
  'Dr Nina Shah, a consultant paediatrician, will run a session for parents on managing ADHD at home.',
  // A signature's roles and declared pronouns.
  'Join us for our Autism Awareness coffee morning on Friday!\nJo Hughes, SENCO (Autism Champion)',
  'Thanks for your time today.\nBest wishes,\nDavid Okoro\nDeputy Head / Designated Safeguarding Lead\nNAHT member | Pronouns: he/him',
  'Please see the Year 7 reading list attached.\n\nMs R. Cohen\nLibrarian\nJewish Staff Network | Pride Network | Unison Steward',
  'Thanks, I have booked it.\n\nHannah\n-- \nHannah Wells, Designated Safeguarding Lead, Child Protection Officer, Prevent Lead and Online Safety Lead',
  // A member of staff's remit.
  'Please welcome Ms Nadia Hussain, who joins us from Park Lane Primary. Nadia will lead on EAL and the nurture group.',
  'Mrs Ali is our lead for looked after children and will attend the virtual school meeting.',
  'This term we welcome: Mrs Nadia Patel (Year 4 teacher), Mr Sam Oakes (PE), and Ms Grace Li (Learning Support Assistant, working with children with EHCPs in Key Stage 2).',
  'We welcome Ms Grace Li (teaching assistant, working with a pupil with autism in Year 3).',
  'Sam Lee oversees free school meals applications.',
  // A presenter and their topic.
  'All staff must complete the annual safeguarding update by Friday. Mrs Lucy Ward (DSL) will cover FGM, county lines and child sexual exploitation.',
  'Mr Green will be leading a parent workshop on anxiety and self-harm on 12 March.',
  'Dr Patel gave a talk about autism and ADHD to the governors.',
  'Next week is Mental Health Awareness Week. Miss Brookes has planned form time activities on anxiety, sleep and talking to someone you trust.',
  'Inset on 4 January will cover: Prevent refresher (Ms Ali), autism awareness (Dr Rowe from the outreach service), epilepsy and rescue medication (school nurse), and the new behaviour policy including suspensions.',
  'The charity supports families seeking asylum in Leeds; contact Jane Fox for details.',
  'The candidate pack explains that the post is subject to an enhanced DBS check and disclosure of criminal convictions.',
  // Languages taught and festivals, equipment, and parts in a play.
  'Polish lessons start next week for beginners; Mr Kowalski will teach.',
  'Our Chinese New Year assembly, led by Mrs Li, was a huge success.',
  'Mr Gray will explain the new fingerprint readers at the staff briefing on Friday.',
  'Sam Walker played the role of a refugee in the school play.',
  // "Excluding" means "apart from"; an acronym's letters inside a place's name; headings in capitals.
  "Governed by the law of Virginia, excluding Virginia's conflict of law provisions. Copyright Jane Smith.",
  'The files excluded here are not needed. Thanks, Amy Hart.',
  'Jane Smith, University of Notre Dame du Lac, 2001.',
  'Dear parents, a case of head lice has been reported in Class 2. Please check hair tonight. Mrs Sarah Ward',
  'Free school meals: if you think your child may be eligible, please apply online or speak to Mrs Green in the office.',
  'Please thank Mrs Lee for organising the Macmillan coffee morning for cancer support.',
  // Words of the vocabularies in everyday use.
  'Jack Reed has a work placement with a local builder next week.',
  'Please exercise caution on the icy paths, says Mr Hill.',
  'Amy Hart spoke with real conviction in the debate.',
  'Mr Khan neglected to mention that the trip is on Friday.',
  'No offence intended, Sam Jones said, but the timetable is wrong.',
  'Jane Smith disclosed her salary to HR by mistake.',
  'Maisie Evans was charged £5 for the trip.',
  'Tom Reed was really abusive to the referee, says Mr Cole.',
  'Ben Cole got a virus on his laptop from a dodgy download.',
  'Travellers should arrive by 8am at the coach park, says Mr Cole.',
  'Look after your mental health this exam season! Best wishes, Mrs Hale',
  'Holly is a shrub that grows by the pond; Year 2 studied it in science with Mrs Cole.',
  'Hope is a powerful thing for children in care.',
  'Noah Green asked whether the school has a policy on allergies.',
  'We welcome Mr Singh, who joins us as a teacher of Sikh studies.',
  'Please send Matthew Hall the abduction scene from the play script.',
  'Thanks Poppy, the PP report for governors is attached.',
  'Jake Smith was tagged in a photo of the Summer Camp; please ask his mum before we post it.',
  "Mrs Patel's class made posters for Anti-Bullying Week. Flu vaccinations are on 14 November. If your child has asthma, please make sure their inhaler is in school.",
  'Year 6 will meet our MP, Rachel Green, at Parliament. The trip costs £12; pupils eligible for pupil premium will be funded.',
  'If you feel unwell, please stay at home. Thanks, Mrs Cole',
  'Jake Smith gave a talk on migraines for the science fair.',
  "Ruby's op art project won first prize, says Mr Lee.",
  'Year 9 PSHE with Mr Lee covers drug misuse and gambling addiction this term.',
  'The hall is let to a local AA group for meetings on Thursdays, says Mrs Cole.',
  'A prayer room is available to all staff and pupils; ask Mrs Khan for the key.',
  'Our RSE curriculum, led by Ms Amy Hart, covers puberty, consent and sexual health.',
  'I have updated the SEN register for Year 3. Jo',
  "I'm struggling to find the asthma policy, can you help? Jo",
  "I've been having trouble opening the safeguarding log. Thanks, Jo",
  'If I am unwell on the day, Mrs Cole will run the diabetes awareness session.',
  // Words with an everyday sense beside the health one, and nationalities that are verbs or languages.
  'Tom Reed fixed a race condition in the booking system.',
  'Tom Reed swims a strong stroke; Amy Hart had a stroke of luck in the raffle.',
  'Please polish the trophies before Friday, Tom Reed.',
  'Caution: the floor is wet, says Mrs Cole.',
  'The terminal at reception is broken, Tom Reed says.',
  'Amy Hart added Turkish content and simplified Chinese to the website.',
  'The roof is in a poor condition, says Mr Lee; conditions of hire are attached.',
  'Tom Reed says the build needs a version scheme from PEP 440.',
  'Wheelchair access is via the side gate, says Mrs Cole; wheelchair users can park by reception.',
  // Policies: staff named in their roles, and what everyone is told to do.
  'Safeguarding Policy. Deputy DSL: Mr Tom Reed. Staff should be alert to signs of abuse and neglect, including physical abuse and emotional abuse. Any concern should be reported to the DSL the same day and recorded on CPOMS.',
  'Attendance Policy. Headteacher: Mr John Ball. Absence for religious observance is authorised for one day per festival. Parents of pupils below 90% will be contacted by Mrs Sue Carr, Attendance Officer.',
  'Tom Reed made mash for the Year 2 cooking club.',
  'A hearing loop is fitted in the hall, says Mrs Cole.',
  'Tom Reed renewed the software licence and the TV licence for the hall.',
  'Our RSE lessons, says Mr Lee, cover same-sex relationships and consent.',
  'Amy Hart scored 121 in the non-verbal reasoning paper.',
  'Jake Smith won a free lunch in the raffle; free lunch for all volunteers, says Mrs Cole.',
  'Mrs Cole has redecorated the inclusion room with new beanbags.',
  'Tom Reed says the hall floor is unwashed after the disco.',
  'Holly W is a shrub in the school garden, says Mrs Cole, and MS Teams is down.',
  'Amy Hart reported a socket operation on a closed connection.',
  "Tom Reed's direct debit has been suspended until the bank confirms the new account.",
  'Dear parents, as many teachers are on strike on Thursday, the school will close. Kind regards, Jane Holt, Headteacher',
  'The NEU strike is on Tuesday, says Mrs Carter, and the school will be closed to Years 7-9.',
  'Isaac Dunn used the fingerprint reader in the library.',
  'With two balls left, Amy Hart was on strike and needed six.',
  'Mr Hughes said the bin men will be on strike again this week.',
  // Roles written after a name, with an acronym that elsewhere says something about a person
  'Jane Holt LAC lead attended the virtual school meeting.',
  'Louise Grant SENCo and Designated Teacher for LAC',
  'Please contact Amy Hart DSL if you have concerns.',
  'Mark Hughes CP lead will chair the meeting.',
  'Year 5 went to the Hindu temple on a class trip with Mrs Shah.',
  'Leo Campbell completed his first aid training, including how to use an EpiPen.',
  'Please send the occupational health referral form to Mark Hughes in HR.',
  'Mr Hall is our children missing education officer.',
  'Year 5 are going to the Hindu temple on Friday with Mrs Shah.',
  'The hall has been sectioned off for exams, says Mr Hall.',
  // Who to see about something everyone may need; what a circular says any child may be entitled to
  'Students requiring access arrangements should see Mrs Clarke in the exams office.',
  'Dear Parent/Carer, your child may be entitled to free school meals if you receive Universal Credit. Please speak to Mrs Khan in the office.',
  'Your child could be eligible for pupil premium funding: ask Mr Hill for a form.',
  // Places and events in a list, whatever their words; a place in a list of people with another mark after it
  "What's on:\nAmy Hart - Saturday\nSummer Fair - Saturday, raising money for a mental health charity",
  'Amy Hart is doing community service for her Duke of Edinburgh award; contact Harpreet Kaur at the Sikh Society.',
  'Tom Reed is transitioning the IT system to the cloud, and Amy Hart is transitioning to secondary school well.',
  'Alex Reed (they/them) will run the session on our gender transition policy.',
  "Mr Tom Hughes is growing a moustache to raise money for men's mental health and prostate cancer charities.",
  'Ms Aisha Begum has been employed as a Learning Support Assistant since 2018.',
  'Year 8 studied the Black Lives Matter protests with Mrs Hill in history.',
  'The policy was adopted by governors; Mr Price proposed it, and Mrs Hill has been adopted as chair.',
  'Amy Hart played the gang leader in Bugsy Malone.',
  "In science, Mr Reed's class extracted DNA from strawberries.",
  'Mr Reed came back from Poland on Sunday after the school exchange; Mrs Hill is from Jamaica Road Primary.',
  "The suspension on Mr Reed's minibus needs repairing.",
  'Amy Hart completed the FSM returns for the DfE; Jack Cole is on the pupil premium working party.',
  'The abuse of the photocopier has to stop, says Mr Reed.',
  'Tom Reed is sick of doing homework, and Amy Hart has not had lunch yet.',
  'Mrs Hill will lead the assembly and the children will pray for peace.',
  "Mr Reed runs the young carers group on Thursdays; the lift is disabled during the fire drill, says Mrs Hill.",
  "Tom Reed's account was disabled after three wrong passwords.",
  'The EHCP annual review process will be explained by Ms Lucy Ward at the SEND forum.',
  "Tom Reed went back to Poland Street to get his bag; Mrs Hill's period 3 class will be covered.",
  'The school will be closed for Eid, says Mr Reed.',
  'Tom Reed won his race at sports day.',
  'Mrs Hill runs the kinship carers support group on Mondays.',
  'Dear supplier, Mrs Hill has moved to our Inclusion Team. Please direct SEND transport queries to her.',
  'The pupil premium is £1,455 per child this year, says Mrs Hill, and the pupil premium funding was spent on tutoring, reported Mr Reed.',
  'Amy Hart was sick with worry about her exams.',
  'Jack Harrison scored a hat-trick in the final. He was sick with excitement.',
  'Could Olivia Hall collect the prescription forms from the pharmacy for the staff flu vaccination programme?',
  'For safeguarding reasons, visitors must sign in at reception. Thanks, Mrs Cole',
  'Rooms:\nAmy Hart - Room 4\nRose Hill: the school for pupils with autism',
];

describe('the same types in other words', () => {
  it.each(positives)('%s', (text, want) => expect(typesOf(text)).toEqual([...want].sort()));
});

describe('people named near category words, but not about them', () => {
  it.each(negatives)('%s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('surnames that are also ordinary words', () => {
  const people = (text: string): number => findingsOf(text).find((f) => f.type === 'person_name')?.count ?? 0;
  it('continue a given name', () => {
    expect(people('Pupils: Olivia Brown, Jack White, Isla Green, Amelia Hill, Oscar King, Ella Young')).toBe(6);
  });
  it('a double-barrelled surname after a given name that is also a word, and names the general lists lack', () => {
    expect(people('Kyrie Thompson-Brown has asthma.')).toBe(1);
    expect(people('Ngozi Eze and Themba Dlamini are in Year 5.')).toBe(2);
  });
  it('in mail typed without capitals, a given name and a surname that is not a word; nothing in ordinary prose', () => {
    expect(people('hi all, liam evans and kyle brennan are in the team. harry smith too. see van der waals')).toBe(2);
    expect(people('Hi all, the report from liam evans is attached.')).toBe(0);
  });
  it('in capitals, a given name and a known surname, not a heading', () => {
    expect(people('MUHAMMAD ALI KHAN and AMELIA HART are on the list.')).toBe(2);
    expect(people('GRACE PERIOD FOR LATE FEES ENDS FRIDAY. JAMES ROAD IS CLOSED.')).toBe(0);
  });
  it('an anonymised reference ("Pupil A"), but not a column of IDs', () => {
    expect(people('Pupil A told staff that Pupil B2 was upset.')).toBe(2);
    expect(people('Student ID: S1001 | First Name: Oliver')).toBe(1);
    expect(people('Pupil ID 1234, Pupil PP: Yes')).toBe(0);
    expect(people('Shortlisted: Candidate A, Candidate C. Applicant ID 1234 and candidate number 4471 were not.')).toBe(2);
    expect(typesOf('Candidate B asked whether the school would support her to observe Friday prayers.')).toEqual(['religious_belief']);
  });
  it('a surname in capitals after a given name, but not a postcode or an acronym', () => {
    expect(people('Jake SMITH, Year 9')).toBe(1);
    expect(people('Flat 2, 14 High Street, Leeds LS1 4AP')).toBe(0);
    expect(people('Kyle Brennan ADHD assessment')).toBe(1);
  });
  it('a title takes a surname that is also a word', () => {
    expect(people('Mrs Hall, Mr Brown and Miss Young')).toBe(3);
    expect(people('Letter to Mrs SMITH and Mr NHS')).toBe(1);
    expect(typesOf('Mrs Hall has asthma.')).toEqual(['health']);
  });
  it('a title takes a given name and surname, and a month is not a given name', () => {
    const names = findingsOf('Mrs Claire Holt met Mrs Jan Kerr and Mr Hughes on Thursday.').find((f) => f.type === 'person_name');
    expect(names?.count).toBe(3);
    expect(names?.sample).toBe('M. C. H.');
  });
  it('a middle initial continues a name, and two spellings with and without it are one person', () => {
    expect(people('Amy B. Smith and Amy Smith')).toBe(1);
    expect(findingsOf('Amy B. Smith and Amy Smith').find((f) => f.type === 'person_name')?.sample).toBe('A. S.');
    expect(typesOf('Seán Ó Briain has epilepsy.')).toEqual(['health']);
    expect(people('Dear Amy B. Thursday')).toBe(0);
  });
  it('surname first, one a line, in a list ("Hart, Amelia"), but not a greeting', () => {
    expect(people('Hart, Amelia, 04/09/2013\nSTONE, Oliver, 12/11/2013\n- Marsh, Lily\n- Pike, Ava')).toBe(4);
    expect(people('Thanks, Amelia\nRegards, Jack')).toBe(0);
    expect(people('Hart, Amelia')).toBe(0); // no list: "Amelia" alone, as after "Thanks,"
    const surnames = ['Hart', 'Stone', 'Brooks', 'Fenton', 'Norris', 'Dale', 'Pike', 'Lamb', 'Rowe', 'Frost'];
    const givens = ['Amelia', 'Oliver', 'Isla', 'Jack', 'Emily', 'Harry', 'Ava', 'George', 'Mia', 'Noah'];
    const register = surnames.map((surname, i) => `${surname}, ${givens[i]}, 0${(i % 9) + 1}/03/2014`).join('\n');
    expect(findingsOf(`Surname, Forename, DOB\n${register}`).find((f) => f.type === 'bulk_personal_data')?.count).toBe(10);
  });
  it('a given name that is also a season, before a surname, but not before an event', () => {
    expect(people('Summer Jones and Summer Patel')).toBe(2);
    expect(people('Summer Fair is on Saturday. Summer Holidays begin on 22 July. Summer Reading Challenge. Summer Camp.')).toBe(0);
  });
  it('not after "the", and not after a given name that is itself a word', () => {
    expect(people('The choir sings at the Albert Hall on Friday.')).toBe(0);
    expect(people('Rose Hill has a new garden.')).toBe(0);
  });
});

describe('coded columns', () => {
  it('reads a SEN provision code in a labelled column as SEN data, and N as none', () => {
    expect(typesOf('Legal Forename: Ben | UPN: A873402110070 | SEN Status: K')).toEqual(['special_educational_needs', 'upn']);
    expect(typesOf('Legal Forename: Amy | UPN: A873402110070 | SEN Status: N')).toEqual(['upn']);
    // A column headed just "SEN" holds the same codes, or a yes.
    expect(typesOf('Name: Ben Cole | Class: 5B | SEN: E')).toEqual(['special_educational_needs']);
    expect(typesOf('Name: Ben Cole | Class: 5B | SEN: Y')).toEqual(['special_educational_needs']);
    expect(typesOf('Name: Amy Hall | Class: 5B | SEN: N')).toEqual([]);
  });
  it('reads a field that records nothing as no data, and one that records something as data', () => {
    for (const empty of ['Religion: None | Ethnicity: Not obtained', 'Medical Conditions: None | Allergies: None', 'SEN: No | FSM: No | LAC: No',
      'Exclusions: 0 | Attendance: 96%', 'EAL: N', 'Medical: N/A', 'Allergies: NKDA', 'LAC Status: N | EHC Plan: N', 'Exclusions (days): 0']) {
      expect(typesOf(`Name: Amy Hart | ${empty}`)).toEqual([]);
    }
    expect(typesOf('Name: Amy Hart | Religion: Christian | Ethnicity: WBRI')).toEqual(['racial_ethnic_origin', 'religious_belief']);
    expect(typesOf('Name: Amy Hart | SEN: Yes | FSM: Yes | LAC: Yes')).toEqual(['free_school_meals', 'looked_after', 'special_educational_needs']);
    expect(typesOf('Name: Amy Hart | Exclusions: 2 | Allergies: Peanuts')).toEqual(['exclusion', 'health']);
    expect(typesOf('Name: Amy Hart | LAC Status: Y | Exclusions (days): 2')).toEqual(['exclusion', 'looked_after']);
  });
  it('reads a medical field as health whatever condition it names, unless it records nothing or points elsewhere', () => {
    for (const field of ['Medical conditions: glue ear', 'Allergies: kiwi', 'Disability: Yes', 'Medical needs: hypermobility', 'Medication: Calpol as needed', 'Vaccines given: MMR 2nd dose']) {
      expect(typesOf(`Name: Amy Hart | ${field}`)).toEqual(['health']);
    }
    for (const field of ['Medical: see attached', 'Allergies: None known', 'Disability: Not disabled', 'Medical: Nothing to report', 'Medical: Dr Patel', 'Vaccinations: the nurses visit on Monday']) {
      expect(typesOf(`Name: Amy Hart | ${field}`)).toEqual([]);
    }
    expect(typesOf('Trip: Year 6 residential | Medical: first aider on site')).toEqual([]);
  });
  it('reads faith, need-code, child protection and exclusion fields of a record', () => {
    expect(typesOf('Name: Amy Hart | Faith: Zoroastrian')).toEqual(['religious_belief']);
    expect(typesOf('Name: Amy Hart | Primary SEN need: OTH')).toEqual(['special_educational_needs']);
    expect(typesOf('Name: Amy Hart | CP: Y')).toEqual(['safeguarding']);
    expect(typesOf('Name: Amy Hart | CIN status: Open')).toEqual(['safeguarding']);
    expect(typesOf('Name: Amy Hart | CP Status: CP')).toEqual(['safeguarding']);
    expect(typesOf('Name: Amy Hart | Safeguarding: CIN')).toEqual(['safeguarding']);
    expect(typesOf('Name: Amy Hart | Free Meals: Y')).toEqual(['free_school_meals']);
    for (const field of ['Free Meals: N', 'Safeguarding: No', 'Safeguarding training: Yes']) expect(typesOf(`Name: Amy Hart | ${field}`)).toEqual([]);
    expect(typesOf('Name: Amy Hart | Exclusion reason: verbal abuse of staff')).toEqual(['exclusion']);
    for (const empty of ['Faith: None', 'CP: N', 'Exclusion reason: N/A', 'Primary need: -']) expect(typesOf(`Name: Amy Hart | ${empty}`)).toEqual([]);
  });
});

describe('aggregate figures near a named member of staff', () => {
  it('are not about a person', () => {
    const text = 'This term 14 pupils were suspended and there was one permanent exclusion. 31% of pupils are eligible for FSM; 18% have SEN support. ' +
      'Attendance of looked-after children was 94%. Two safeguarding referrals were made to the MASH. Our new Head of Inclusion, Mrs Dana Whitfield, will present the figures.';
    expect(typesOf(text)).toEqual([]);
  });
  it('questions in minutes on a topic are not about the governor who asks them', () => {
    expect(typesOf('2. SEND. 42 pupils are on SEN support. Dr Hugh Evans asked about waiting times for ASD assessments.')).toEqual([]);
    expect(typesOf('Mr Alan Price asked how many pupils receive free school meals.')).toEqual([]);
    // One's own matter, or a pupil named in the question, is still about someone.
    expect(typesOf("Mrs Joan Hill asked about her son's epilepsy medication.")).toEqual(['health']);
    expect(typesOf('Mrs Joan Hill asked whether Tom Reed has been assessed for ADHD.')).toEqual(['health']);
  });
  it('a named person still links a paragraph about them', () => {
    expect(typesOf('Femi Adeyemi has refused to enrol. The fingerprint template was deleted from the readers.')).toEqual(['biometric_genetic']);
  });
});

describe('codes that are also ordinary abbreviations', () => {
  it('PP as per pro in a signature is not pupil premium', () => {
    expect(typesOf('Kind regards,\nPP Jane Smith, Headteacher')).toEqual([]);
    expect(typesOf('Name: Jayden McLeod | PP: PP | SEN: SEN support')).toContain('free_school_meals');
  });
  it('acronyms that are also words count only in capitals', () => {
    expect(typesOf('Jayden Reid gave the team a pep talk before the match.')).toEqual([]);
    expect(typesOf('Ruby Evans weighed the salt for the bread in food technology.')).toEqual([]);
    expect(typesOf('Jayden Reid: PEP meeting moved to Tuesday with the virtual school.')).toContain('looked_after');
    expect(typesOf('Ruby Evans: SALT sessions continue weekly.')).toContain('special_educational_needs');
  });
});

describe('references, pronouns and quoted history', () => {
  it('treats an anonymised pupil reference as a person', () => {
    expect(typesOf('Pupil A has been diagnosed with ADHD and takes methylphenidate.')).toEqual(['health']);
  });
  it('links "they" to the person named just before', () => {
    expect(typesOf('Alex Morgan joined Year 9 in May. They have been diagnosed with anxiety.')).toEqual(['health']);
  });
  it('joins a quoted sentence wrapped across "> " lines', () => {
    const quoted = '> Just to let you know that Freya Collins has been\n> diagnosed with coeliac disease and needs a\n> gluten-free lunch.';
    expect(typesOf(quoted)).toEqual(['health']);
  });
});

describe('conditions by name', () => {
  it.each([
    'pneumonia', 'an ear infection', 'a UTI', 'sepsis', 'meningitis', 'a sprained ankle', 'a hernia', 'tics', 'Tourette syndrome',
    'IBS', 'reflux', 'a febrile convulsion', 'high blood pressure', 'a blood clot', 'anaemia', 'haemophilia', 'kidney disease',
    'lupus', 'ME', 'endometriosis', 'PCOS', 'alopecia', 'a cleft palate', "Down's syndrome", 'Fragile X', 'hydrocephalus',
    'scoliosis', 'EDS', 'dementia', "Parkinson's", 'tinnitus', 'glue ear', 'a lazy eye', 'PDA', 'an attachment disorder',
    'insomnia', 'sleep apnoea', 'a gastrostomy', 'a pacemaker', 'an underactive thyroid', 'shingles', 'COVID', 'a virus',
    'ARFID', 'gender dysphoria', 'a personality disorder',
  ])('Amelia Hughes has %s.', (condition) => expect(typesOf(`Amelia Hughes has ${condition}.`)).toContain('health'));
  it.each([
    "Amelia Hughes ran the cake sale for the Alzheimer's Society.",
    'Amelia Hughes reported the broken arm of the chair in 4B.',
    'Amelia Hughes will collect the PDA from the office.',
  ])('not in %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('offences by name', () => {
  it.each(['GBH', 'actual bodily harm', 'drug dealing', 'indecent exposure', 'revenge porn', 'joyriding', 'handling stolen goods', 'a hate crime', 'money laundering'])(
    'Amelia Hughes has admitted %s.', (offence) => expect(typesOf(`Amelia Hughes has admitted ${offence}.`)).toContain('criminal_offence'));
  it('not in a field of rapeseed', () => {
    expect(typesOf('Amelia Hughes photographed the field of rape seed oil crops on the geography trip.')).toEqual([]);
  });
});

describe('needs as schools describe them, and the adjustments that meet them', () => {
  it.each(['speech and language difficulties', 'processing difficulties', 'developmental delay', 'social communication difficulties', 'a scribe',
    'a visual timetable', 'ear defenders', 'movement breaks', 'a 1:1 TA', 'a statement'])('Amelia Hughes has %s.', (need) =>
    expect(typesOf(`Amelia Hughes has ${need}.`)).toContain('special_educational_needs'));
  it.each(['Amelia Hughes has a 1:1 meeting with her line manager on Friday.', 'Amelia Hughes is a keen reader and borrowed three books.'])('not in %s', (text) =>
    expect(typesOf(text)).toEqual([]));
});

describe('faith and origin as staff write them', () => {
  it.each([['goes to madrassa after school', 'religious_belief'], ['attends Sunday school at the church', 'religious_belief'], ['celebrates Eid', 'religious_belief'],
    ['is Pentecostal', 'religious_belief'], ['keeps kosher', 'religious_belief'], ['is British Asian', 'racial_ethnic_origin']])('Amelia Hughes %s.', (said, type) =>
    expect(typesOf(`Amelia Hughes ${said}.`)).toContain(type));
  it.each(['Amelia Hughes went to the church with her class for the carol service.', 'Amelia Hughes goes to the church hall for Brownies.'])('not in %s', (text) =>
    expect(typesOf(text)).toEqual([]));
});

describe('medicines by name and doses', () => {
  it.each(['Calpol', 'paracetamol', 'Piriton', 'buccal midazolam', 'sodium valproate', 'Keppra', 'Elvanse', 'guanfacine', 'risperidone',
    'Movicol', 'omeprazole', 'NovoRapid', 'Clenil', 'montelukast', 'prednisolone', 'Jext', 'eye drops', 'amoxicillin', '5mg of melatonin', 'two puffs of salbutamol'])(
    'Amelia Hughes takes %s twice a day.', (medicine) => expect(typesOf(`Amelia Hughes takes ${medicine} twice a day.`)).toContain('health'));
  it.each(['Amelia Hughes weighed 250g of flour for the bake.', 'The adrenaline rush got Amelia Hughes through the race.'])('not in %s', (text) =>
    expect(typesOf(text)).toEqual([]));
});

describe('a short note headed by the name of the pupil it is about', () => {
  it('links every term in it to that pupil', () => {
    expect(typesOf('Callum Reid - Year 10\n\nAttendance 71%. Known to CAMHS. Mum reports low mood and poor sleep.')).toEqual(['health']);
    expect(typesOf('Re: Bella\n\nJust to update you, the paediatrician has confirmed the diagnosis.')).toEqual(['health']);
    // "Re:" and a year group together
    expect(typesOf('Re: JB (Y10)\nHas been self-harming again; CAMHS informed.')).toEqual(['health', 'safeguarding']);
    expect(typesOf('Evie Lamb (Y9)\nConcern: appears withdrawn, reluctant to go home.\nAction: DSL informed.')).toEqual(['safeguarding']);
    // After the greeting of a message
    expect(typesOf('Hi,\n\nUpdate on Jordan Hayes.\n\nAttendance is now 71%. The family have been referred to early help.\n\nThanks')).toEqual(['safeguarding']);
  });
  it('not when the first line is a name alone, which may be the writer, or names no person', () => {
    expect(typesOf('Jane Smith\nHead of Science\n\nThe Year 9 curriculum covers diabetes and asthma this term.')).toEqual([]);
    expect(typesOf('Re: Ofsted\n\nPlease see the SEN policy attached.')).toEqual([]);
    expect(typesOf('Hi Jane,\n\nJane Smith here, Head of Science.\n\nThe Year 9 curriculum covers diabetes and asthma this term.')).toEqual([]);
  });
});

describe('a short message whose subject line holds the term', () => {
  const scored = (subject: string, body: string, from = 'Jo Bloggs'): string[] => {
    const message = {
      subject, from: { name: from, address: 'jo.bloggs@oakfield.example' }, to: [], cc: [], bcc: [], attachments: [], encryptedBody: false,
      segments: [{ where: 'subject', text: subject }, { where: 'body', text: body }],
    };
    return scoredTypes(detectMessage(message, shippedRules().detector).findings);
  };

  it('is about the one person its body speaks of', () => {
    expect(scored('Epilepsy care plan', 'Hi Sam,\n\nKieran Doyle in Y5 needs one please.\n\nThanks\nJo Bloggs')).toEqual(['health']);
    expect(scored('EHCP annual review', 'Please find attached the paperwork for Harvey Gill.\nJo')).toEqual(['special_educational_needs']);
    expect(scored('Counselling referral', 'Please see attached for Ella Morris. Jo')).toEqual(['health']);
  });

  it('a conviction declared is not a disclosure', () =>
    expect(scored('Disclosure of conviction', 'As part of the college application, Marcus Brown has disclosed a conviction for possession of an offensive weapon.')).toEqual(['criminal_offence']));

  it('or about the child a form is for, named alone', () => {
    expect(scored('Re: Counselling referral', 'Mum has signed the consent form for Harvey. Can he start next week?')).toEqual(['health']);
    expect(scored('Safeguarding training', 'Thanks for booking the room for Kai and me on Monday.')).toEqual([]);
  });

  it('or about the child a meeting is for, named alone', () => {
    expect(scored('CP conference tomorrow', 'Can you cover my Y4 class 1-3pm? I am at the conference for Millie.')).toEqual(['safeguarding']);
    expect(scored('EHCP review', 'The meeting for Harvey has moved to 2pm.')).toEqual(['special_educational_needs']);
  });

  it('not about staff named together on a duty', () =>
    expect(scored('Internal exclusion room', 'The IER will be staffed by Mr Fox on Mondays and Ms Hunt on Tuesdays.')).toEqual([]));

  it('or about the child it names alone as what it is about', () => {
    expect(scored('Safeguarding concern', 'Hi Dan, can we talk tomorrow about Kai? Thanks')).toEqual(['safeguarding']);
    expect(scored('Safeguarding concern', 'Hi Dan, Kai will bring the forms tomorrow. Thanks')).toEqual([]);
  });

  it('or said to be something', () => expect(scored('Re: FSM', 'Yes, I can confirm Kacper is registered.')).toEqual(['free_school_meals']));

  it('or asking to see the counsellor', () =>
    expect(scored('Counselling', 'Hi, Jess Cole has asked to see the counsellor. Can you fit her in next week?')).toEqual(['health']));

  it('or named with a class after a greeting', () =>
    expect(scored('Young carer', 'Hi, Tia Moss in Y7 is caring for her mum most evenings. Can we refer her to your service?')).toEqual(['safeguarding']));

  it('with the term alone as a heading beside the name', () => {
    expect(scored('Jayden - exclusion', 'Letter attached, please send to parents today.')).toEqual(['exclusion']);
    expect(scored('Exclusion: Tom Reed', 'See attached.')).toEqual(['exclusion']);
    expect(typesOf('Tom Reed asked about social exclusion.')).toEqual([]);
    expect(typesOf('Tom Reed: exclusion criteria for the study are attached.')).toEqual([]);
  });

  it('or about the one person an identifier in it stands for', () => {
    expect(scored('Child protection conference', 'Please find attached my report. UPN A873402110070.')).toEqual(['safeguarding', 'upn']);
    expect(scored('SEN register', 'Please pay invoice 4471 to sort code 20-00-00, account 55779911.')).toEqual(['bank_account']);
  });

  it('is about nobody when the body names only its sender and the people it greets, or many people', () => {
    expect(scored('SEN register update', "Hi Jo,\n\nI've updated the register; can you check?\n\nThanks, Ruth Gill", 'Ruth Gill')).toEqual([]);
    expect(scored('Asthma awareness', 'Thanks to Amy Hart, Ben Cole and Isla Brooks for the posters.')).toEqual([]);
    expect(scored('Re: Diabetes', 'Thanks Ben Cole, see you Monday. Jo')).toEqual([]);
    expect(scored('Prison visit for Y11 law students', 'Mr Tom Reed has arranged the visit. Jo')).toEqual([]);
    expect(scored('Exclusion appeal - governors panel', 'The panel will meet on 5 May at 5pm. Clerk: Mrs Dunn.')).toEqual([]);
    expect(scored('Epilepsy care plan', `Kieran Doyle needs one please.\n${'The coach leaves at nine from the main gate. '.repeat(80)}`)).toEqual([]);
  });

  it('is about nobody when the only other name is who wrote the quoted or forwarded mail, or signs it', () => {
    expect(scored('Re: EHCP writing course', 'Booked.\n\nOn Mon, 5 Jan 2026 at 09:12, Sam Cole <s.cole@oakfield.example> wrote:\n> Please book me on the EHCP writing course.')).toEqual([]);
    expect(scored('Fwd: Looked after children policy', 'FYI\n\n---------- Forwarded message ---------\nFrom: Sam Cole <s.cole@oakfield.example>\n\nThe updated policy is attached.')).toEqual([]);
    expect(typesOf('On Mon, 5 Jan 2026, Sam Cole wrote:\n> Our student council would like a workshop on racism and homophobic abuse.')).toEqual([]);
    expect(scored('EHCP writing course', 'Please book me on the course.\n\nKind regards\n\nMrs Helen Ward\nDeputy Headteacher', 'SEN Office')).toEqual([]);
    // A name closing the last sentence's line, or alone at the end under a sentence, with at most a role and a school below
    expect(scored('EHCP writing course', 'Please hand your booking forms in to the office by Friday. Mrs Gray', 'SEN Office')).toEqual([]);
    expect(scored('EHCP writing course', 'Please hand your booking forms in by Friday.\n\nLaura Bennett\nSEN Office\nOakfield Primary School', 'SEN Office')).toEqual([]);
  });

  it('but a name alone at the end under a colon is what the message is about', () => {
    expect(scored('EHCP draft', 'Please find attached the draft for:\n\nJacob Turner')).toEqual(['special_educational_needs']);
  });
});

describe('a person named with a possessive after a greeting', () => {
  it('is spoken of, not greeted', () => {
    expect(typesOf("Hi, Kacper's parents have asked that he not attend the Christingle service as the family are Jehovah's Witnesses.")).toEqual(['religious_belief']);
    expect(typesOf("Hi, Tom's parents have asked that he not attend as the family are Muslim.")).toEqual(['religious_belief']);
  });
  it('while the person greeted is still not', () => {
    expect(typesOf('Hi Tom, the family are Muslim.')).toEqual([]);
  });
});

describe('a fast said after its season', () => {
  it.each(["Amira won't be attending PE during Ramadan as she is fasting.", 'Amira will skip swimming in Ramadan because she will be fasting.'])('%s', (text) =>
    expect(typesOf(text)).toEqual(['religious_belief']));
  it('not of a group', () => expect(typesOf('During Ramadan, many pupils are fasting so lunch will be quiet.')).toEqual([]));
});

describe('a same-sex spouse and a picket line, said of someone', () => {
  it.each([
    ['Becky Young and her wife are expecting their first baby in April.', 'sex_life'],
    ['I saw Mr Hart at the gate with his husband.', 'sex_life'],
    ['Kate Price joined the picket line outside school this morning.', 'trade_union'],
    ['Ms Ray was picketing at the gate.', 'trade_union'],
  ])('%s', (text, type) => expect(typesOf(text)).toEqual([type]));
  it.each(['Mr Jones and his wife are expecting a baby.', "Mrs Lee's husband will collect her.", "Please don't cross the picket line, says the NEU."])('not in %s', (text) =>
    expect(typesOf(text)).toEqual([]));
});

describe('a nationality said of someone', () => {
  it.each(['Mr Petrov is Bulgarian and speaks limited English.', 'Mr Ivanov is Russian.', 'Amy Hart is Czech.', "Amy Hart's mum is a Brazilian national."])('%s', (text) =>
    expect(typesOf(text)).toEqual(['racial_ethnic_origin']));
  it.each(['Mrs Nowak teaches Polish on Saturdays.', 'Amelia Hart is learning Turkish.', 'Tom Reed went to the Czech Republic on holiday.', 'Amy Hart is studying Russian history.'])(
    'not a language learnt or a country visited: %s', (text) => expect(typesOf(text)).toEqual([]));
  it.each([
    'Kacper Nowak (Polish) joins 4B on Monday.', 'Aisha Begum comes from a Bangladeshi family.', 'Mrs Patel is Indian so she may help with Diwali.',
    'Dariusz, a Polish boy in Year 5, has been called names. Dariusz Kowal told his teacher.', 'Ali Hassan, Syrian refugee, arrived in September.',
    'Amir Karimi (Kurdish Iraqi) has limited English.', 'Pupil | Ethnicity\nAli Hassan | Syrian\nKacper Nowak | Polish',
  ])('a nationality as what someone is: %s', (text) => expect(typesOf(text)).toEqual(['racial_ethnic_origin']));
  it.each([
    'Mrs Nowak brought in Polish pastries for the staff room.', 'Ms Chen will run a Chinese cooking workshop on Friday.',
    'Mrs Hart bought Turkish delight for the raffle.', 'Ruby Khan drew a map of the Indian Ocean for her project.',
    'Kai Ellis scored in the match against the Polish team.', 'Sam Reed has a Chinese dragon costume for World Book Day.',
    '* Vietnamese (vi.po) by Clytie Siddall', 'Europe/Oslo, Indian/Christmas, Indian/Cocos',
  ])('not a thing the nationality describes: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('a faith said of someone', () => {
  it.each([
    'Amira Yusuf comes from a Muslim family.', 'Ella Ward (Catholic) will make her First Holy Communion in May.', 'Mr Cohen is Jewish but does not keep kosher.',
    'Tom Reed, Christian, Year 9.', 'Pupil | Religion\nAmira Yusuf | Muslim\nElla Ward | Catholic', 'Mr Lee is Buddhist, and vegetarian for that reason.',
  ])('%s', (text) => expect(typesOf(text)).toEqual(['religious_belief']));
  it.each([
    'Mrs Ali has booked the Muslim prayer room for the interfaith evening.', 'Tom Reed has applied to the Catholic sixth form college.',
    'Ms Cohen organised the Jewish food stall at the summer fair.', 'Mr Shah ran a Hindu dance workshop for Year 3.',
    'Our Christian values are love, hope and forgiveness, said Mr Peters.',
  ])('not a thing the faith describes: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('a given name that is also a word, with the initial of a surname or a year group', () => {
  it.each(['Sam R (Y4) - asthma', 'Sam - nut allergy', 'Max B - Epipen in bag', 'Tom H. has diabetes', 'Ruby T - inhaler', 'Grace (Year 5) has asthma'])('%s', (text) =>
    expect(typesOf(text)).toEqual(['health']));
  it.each(['Mark B - 2 marks for a correct answer', 'Will B - nut allergy', 'Mark - nut allergy'])('not %s', (text) => expect(typesOf(text)).toEqual([]));
  it.each(['Mon: Ruby W - nut allergy', 'Tue: Jack T - asthma, inhaler in bag'])('after a short label heading the line: %s', (text) => expect(typesOf(text)).toEqual(['health']));
});

describe('a halal or kosher diet said of someone', () => {
  it.each([
    'Amir Khan needs a halal meal on the trip.', 'Amir Khan only eats halal.', 'Ben Cole has a kosher diet.', 'Name: Amir Khan\nDietary requirements: halal',
    'Tom Reed needs a vegetarian halal option on the residential.', 'Amira is coming too; she will need a halal option.',
  ])('%s', (text) =>
    expect(typesOf(text)).toEqual(['religious_belief']));
  it.each([
    'Mrs Hart says the kitchen has halal options.', 'Mr Reed says we have a halal supplier now.', 'Please order halal and vegetarian options for the residential, Mrs Hart.',
    'Mr Cole said the summer fair needs a halal option this year.',
  ])(
    'not a menu: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe("a notice's wishes or praise to someone", () => {
  it.each([
    'Get well soon to Mr Hale, who is recovering from knee surgery.', 'Condolences to Mrs Ali, whose father died after a long battle with cancer.',
    'Special mention to Noah Fox, who played the final with a sprained ankle!', 'Well done to Ruby Khan, who ran the race with a broken wrist.',
  ])('speak of them: %s', (text) =>
    expect(typesOf(text)).toEqual(['health']));
  it('while mail sent to someone does not', () => expect(typesOf('Please send it to Mr Hale, who is the diabetes nurse.')).toEqual([]));
});

describe("a professional's job after their name", () => {
  it.each([
    'Join Dr Emma Lewis, educational psychologist, for a webinar on supporting pupils with dyslexia.',
    'Kind regards, Dr Emma Lewis, Educational Psychologist, Leeds EPS',
    'Harriet Cole is our new Mental Health Support Team practitioner and will be in school on Wednesdays.',
    "Dear Headteacher, I'm Sarah Mills from MedSafe Training. Our one-day epilepsy and buccal midazolam course is £95 per delegate.",
    "Hello, I'm Claire from the council's Virtual School. I'm running a training session on attachment for designated teachers.",
  ])('is who they are: %s', (text) => expect(typesOf(text)).toEqual([]));
  it.each([
    'Dr Emma Lewis, educational psychologist, will observe Jayden Reed in class on Monday.',
    'Please find attached the report from Dr Emma Lewis, educational psychologist, following her assessment of Jayden.',
    'Dr Emma Lewis, educational psychologist, will observe the pupil on Monday.',
  ])('still tells of another person in the sentence: %s', (text) => expect(typesOf(text)).toEqual(['special_educational_needs']));
});

describe('using a controlled drug, said of someone', () => {
  it.each(['Kyle (Y10) admitted to vaping cannabis in the toilets.', 'Kyle Hart was high on ketamine at the party.'])('%s', (text) =>
    expect(typesOf(text)).toEqual(['criminal_offence']));
  it.each(['Mr Reed used weed killer on the field.', 'PSHE with Mr Lee covers smoking cannabis and the law.', 'Tom Reed has tried spice in his curry.'])('not %s', (text) =>
    expect(typesOf(text)).toEqual([]));
});

describe("a cause's march, and a council's care", () => {
  it.each([
    ['Sam Cross attended the Palestine solidarity march in London.', 'political_opinion'],
    ['Lucas Shaw is in the care of the local authority.', 'looked_after'],
    ['Lucas Shaw was taken into care last year.', 'looked_after'],
    ['Tom Reed is a care-experienced young person.', 'looked_after'],
  ])('%s', (text, type) => expect(typesOf(text)).toEqual([type]));
  it.each(["The march for Palestine was discussed in Mrs Hart's citizenship lesson.", 'Mrs Hart\'s class studied the Gaza protests.', "Lucas Shaw's nan went into care home respite last week."])(
    'not %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('a letter to one named person', () => {
  it.each([
    ['Dear Mrs Green,\n\nI am writing to invite you to a formal sickness absence review meeting on 12 January. You may be accompanied by a trade union representative or a work colleague.', ['health']],
    ['Dear Mrs Hart,\n\nI hope you are feeling better after your operation.\n\nBest wishes, Jo', ['health']],
    // to a couple
    ['Dear Mr and Mrs Hughes,\n\nThe local authority has decided to prosecute and you will receive a summons to the magistrates\' court.', ['criminal_offence']],
    ['Dear Mr & Mrs Dale,\n\nWe are sorry to hear that you have been diagnosed with cancer.', ['health']],
  ])('speaks of them as "you": %s', (text, want) => expect(typesOf(text)).toEqual(want));
  it.each([
    'Dear parents,\n\nIf you have asthma please bring your inhaler.',
    'Dear Mr Reed,\n\nThank you for attending the diabetes training. Do you have any allergies we should know about for the lunch?',
    'Dear Ms Kaur, you asked about our SEN provision. Please see the SEN information report on our website.',
    'Dear Mr Reed,\n\nThe new first aid room is ready.\n\nThe sickness absence policy is attached.',
  ])('not in %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('figures of speech', () => {
  it.each([
    'Amy Hart is so OCD about her classroom displays.',
    'Amy Hart nearly had a heart attack when she saw the bill.',
    'Tom Reed was robbed of a goal by the ref.',
    'Amy Hart is allergic to Monday mornings, she told the class.',
    'Mrs Hall is blind to the mess in her classroom, joked Mr Reed.',
    'Mr Hale said the printer is schizophrenic today.',
  ])('not %s', (text) =>
    expect(typesOf(text)).toEqual([]));
  it.each([
    ['Tom Reed has OCD.', 'health'],
    ['Tom Reed had a heart attack in 2019.', 'health'],
    ['Tom Reed was robbed of his phone.', 'safeguarding'],
    ['Tom Reed was jumped in the park.', 'safeguarding'],
    ['Amy Hart is allergic to nuts.', 'health'],
    ['Mrs Hall is blind in one eye.', 'health'],
  ])('but %s', (text, type) => expect(typesOf(text)).toEqual([type]));
});

describe('a name opening a sentence after a greeting, and a title with an initial', () => {
  it('"Hi, Isabelle Marsh is..." speaks of her', () =>
    expect(typesOf('Hi, Isabelle Marsh is a young carer for her mum who has MS. She may be late some mornings.')).toEqual(['health', 'safeguarding']));
  it('"Hi Isabelle," greets her', () => expect(typesOf('Hi Isabelle, the young carers group is on Monday.')).toEqual([]));
  it('"Mr P." is a person', () => {
    expect(typesOf('Hi Tom, the LADO has advised we proceed with a strategy meeting re: the allegation against Mr P.')).toContain('safeguarding');
    expect(typesOf('Mrs K has been signed off with stress.')).toEqual(['health']);
  });
});

describe('a child asked by a stranger to get into a vehicle', () => {
  it('is a safeguarding matter', () => expect(typesOf('Ellis Hart said a man asked him to get into his car after school.')).toEqual(['safeguarding']));
  it('unlike a teacher hurrying a class', () => expect(typesOf('Mrs Hart asked them to get in the car quickly because of the rain.')).toEqual([]));
});

describe('a safeguarding policy naming its staff', () => {
  const policy = [
    'Designated Safeguarding Lead: Mrs Rachel Moore (Deputy Head)',
    'The designated teacher for looked after and previously looked after children is Miss Price.',
    'Allegations against staff should be reported to the Headteacher, Mrs Anita Desai. Allegations against the Headteacher should be reported to the Chair of Governors, Mr Okafor, who will liaise with the LADO.',
  ].join('\n\n');
  it('is about nobody', () => expect(typesOf(policy)).toEqual([]));
  it('while a pupil named beside the role still counts', () =>
    expect(typesOf("The bruising on Amy Hart's arm was reported to the DSL, Mrs Moore.")).toEqual(['safeguarding']));
});

describe('a carrier of an inherited condition', () => {
  it('is genetic data', () => expect(typesOf('Amy Hart is a carrier of cystic fibrosis.')).toContain('biometric_genetic'));
});

describe("a school's specialist unit", () => {
  it('as a place or an organisation is nobody\'s need', () =>
    expect(typesOf("Dear Mr Reed,\n\nThank you for your generous donation to the school's autism unit.")).toEqual([]));
  it.each(['Tom Reed attends the autism unit every afternoon.', 'Tom Reed has been placed in the SEMH base.', 'Tom Reed goes to nurture group.'])('with a pupil in it: %s', (text) =>
    expect(typesOf(text)).toEqual(['special_educational_needs']));
});

describe('a recruitment letter asking about any criminal record', () => {
  it('states none', () => expect(typesOf("Dear Mr Price,\n\nAs part of our safer recruitment process you will need to complete a self-declaration of any criminal record.")).toEqual([]));
  it('unlike one stated', () => expect(typesOf('Tom Reed has a criminal record for theft.')).toEqual(['criminal_offence']));
});

describe('names in Latin Extended Additional', () => {
  it('Vietnamese names are names', () => expect(findingsOf('Nguyễn Văn An has asthma. Trần Thị Hương has an EHCP.').find((f) => f.type === 'person_name')?.count).toBe(2));
});

describe('signs staff record', () => {
  it.each([
    ['Reminder: Lucas (Y2) must not be released to anyone except mum - there is a court order in place.', 'safeguarding'],
    ["Tom Reed's mum has a non-molestation order.", 'safeguarding'],
    ['Logan Hart has been drinking alcohol with older boys at the park.', 'safeguarding'],
    ['Daisy-Mae Hart has been wearing the same uniform all week and smells.', 'safeguarding'],
    ['We had a call about Isla Gray - they are concerned about her weight.', 'health'],
    ['Isla Gray may not be eating properly.', 'health'],
    ['I am worried about my daughter Aimee. She has stopped eating lunch and I think someone is saying things about her weight.', 'health'],
    ['Staff have noticed Ryan Cole has been skipping his lunch most days.', 'health'],
  ])('%s', (text, type) => expect(typesOf(text)).toEqual([type]));
  it.each([
    'Tom Reed is eating much better now.',
    'Tom Reed has stopped eating meat since the farm visit.',
    'Mr Reed has a court order for the car park dispute.',
    'The contact order was discussed in Year 12 law by Mrs Hart.',
    'Amy Hart went out with older friends from her dance class.',
    'Tom Reed was seen with older boys from the academy at football training.',
    'Mrs Hart reminds staff that children must not be released to anyone not on the collection list.',
  ])('not %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('the writer about themselves', () => {
  it.each([
    ['I take antidepressants.', 'health'],
    ['As a Muslim, I would like to request time off for Eid.', 'religious_belief'],
    ["I'm a member of the NEU.", 'trade_union'],
    ['I was arrested in 2010 but never charged.', 'criminal_offence'],
    ['I am gay and would like this kept private.', 'sex_life'],
    ['I have a disability and need a parking space near the entrance.', 'health'],
  ])('%s', (text, type) => expect(typesOf(text)).toEqual([type]));
  it.each(['I take Year 9 for PSHE on drug misuse.', "I'm a member of the PTA and we raised money for Diabetes UK.", 'I have updated the SEN register.'])('not %s', (text) =>
    expect(typesOf(text)).toEqual([]));
});

describe('names with particles', () => {
  const people = (text: string): number => findingsOf(text).find((f) => f.type === 'person_name')?.count ?? 0;
  it('continue through them to the surname', () => {
    expect(people('Pieter van der Merwe has ADHD.')).toBe(1);
    expect(people('Maria da Silva and João dos Santos have asthma.')).toBe(2);
    expect(people('Muhammad bin Abdullah is on FSM.')).toBe(1);
  });
  it('not into places', () => {
    expect(people('Tom Reed went to Rio de Janeiro.')).toBe(1);
    expect(people('Amy went to Costa del Sol and met Maria Costa.')).toBe(1);
  });
});

describe("an adult's private contact with pupils online", () => {
  it('is a safeguarding matter', () =>
    expect(typesOf('I am worried that Mr Adams, a teacher in the science department, has been messaging Year 10 girls on Instagram late at night.')).toEqual(['safeguarding']));
  it('not the school reaching its pupils', () => expect(typesOf('Mrs Hart contacted students via social media to promote the show.')).toEqual([]));
});

describe('initials without full stops and a year group', () => {
  it('are a pupil', () => expect(typesOf('JH (Y10) - ADHD, meds at lunch')).toEqual(['health']));
  it.each(['PE (Y10) moved to Thursday because of asthma awareness day', 'ICT (Y9) in room 4'])('not a subject: %s', (text) =>
    expect(findingsOf(text).some((f) => f.type === 'person_name')).toBe(false));
});

describe("children's services about their own training", () => {
  it('is about nobody', () => expect(typesOf('Mrs Hart took a call from social services about the foster carer training.')).toEqual([]));
  it('unlike a call about a pupil', () => expect(typesOf('Mrs Hart took a call from social services about Tom Reed.')).toEqual(['safeguarding']));
});

describe('a letter to one named person, about a topic', () => {
  it('is not about the reader', () => expect(typesOf('Dear Mrs Hart,\n\nThank you for your question about religion in the curriculum.')).toEqual([]));
  it('unlike their own', () =>
    expect(typesOf('Dear Mr Khan,\n\nI am sorry to hear about the comments made about your religion by a colleague.')).toEqual(['religious_belief']));
});

describe('mail typed without capitals', () => {
  it.each([
    ['jayden reed was arrested last night apparently', 'criminal_offence'],
    ['ellie ward has nits again lol', 'health'],
    ['hi, isabelle marsh is a young carer for her mum. she may be late.', 'safeguarding'],
    ['can u check if kacper nowak is on fsm', 'free_school_meals'],
    ['ok thanks. sophie is fsm btw so she wont need to pay for the trip', 'free_school_meals'],
  ])('names a pupil whose surname is also a word, or who is named alone: %s', (text, type) => expect(typesOf(text)).toContain(type));
  it('not a book or a man page', () => {
    expect(findingsOf('harry potter is a great book, we read it in class. the kids loved it').some((f) => f.type === 'person_name')).toBe(false);
    expect(findingsOf('see the man page is out of date. the tab size is 8').some((f) => f.type === 'person_name')).toBe(false);
  });
});

describe('money raised for a cause, and assemblies on a topic', () => {
  it.each([
    'Our Macmillan coffee morning raised £412 for cancer support. Thank you to Mrs Patel for organising it.',
    'The bake sale was in aid of cancer research; Mrs Patel baked.',
    'Next week is Mental Health Awareness Week. Mr Jones will lead assemblies on anxiety and how to talk about feelings.',
  ])('is about nobody: %s', (text) => expect(typesOf(text)).toEqual([]));
  it("unlike money for someone's own treatment", () => expect(typesOf('We raised £300 for his cancer treatment, Tom Reed said.')).toEqual(['health']));
});

describe('a language a document or program is in', () => {
  it.each([
    '* debian/po/zh_CN.po: Update Chinese debconf translation, by Tianyu Chen.',
    '* Vietnamese (vi.po) by Tran Quan',
    'Please send the Polish version of the letter to Jakub Nowak.',
    '- Included Polish message translations by Jakub Bogusz.',
  ])('is nobody\'s origin: %s', (text) => expect(typesOf(text)).toEqual([]));
  it('unlike a nationality said of someone', () => expect(typesOf('Anna Kowalski is Polish and her mum needs the letter in Polish.')).toEqual(['racial_ethnic_origin']));
});

describe('misusing a thing, and a fault diagnosed', () => {
  it.each([
    "Don't abuse the children's trust, Mr Reed said.",
    'Mr Hall warned that Tom Reed was abusing the wifi.',
    'The boiler fault was diagnosed and fixed by Mr Hale.',
  ])('is no safeguarding or health matter: %s', (text) => expect(typesOf(text)).toEqual([]));
  it('unlike abuse of a person', () => expect(typesOf('Amelia Hart was abused by her uncle.')).toEqual(['safeguarding']));
});

describe('minor ailments and injuries said of someone', () => {
  it.each([
    'Please can Harrison Cole be excused from swimming - he has a verruca.',
    'Josh Kerr has threadworms, mum says.',
    'Sam Lee is in a plaster cast.',
    'Megan Price had stitches in her chin after the fall.',
    'Tom Reed is on crutches.',
  ])('are health: %s', (text) => expect(typesOf(text)).toEqual(['health']));
  it.each(['Mrs Cole needs some stitches for the costumes, says Amy Hart.', 'The cast of Oliver includes Tom Reed and Amy Hart.'])('not sewing or a play: %s', (text) =>
    expect(typesOf(text)).toEqual([]));
});

describe('CIC in capitals', () => {
  it.each(['Olivia Bennett is a CIC with Leeds; her social worker is Karen Lowe.', "Tom Reed's CIC review is on Monday."])('is a child in care: %s', (text) =>
    expect(typesOf(text)).toContain('looked_after'));
  it('not a community interest company', () => expect(typesOf('Green Futures is a CIC company run by Tom Reed.')).toEqual([]));
});

describe('a court order about a child', () => {
  it.each(['Please note Evie cannot appear in any photos - there is a court order in place.', 'Tom Reed is subject to a court order.'])('is safeguarding: %s', (text) =>
    expect(typesOf(text)).toEqual(['safeguarding']));
  it.each(['The council has a court order against the landlord, Mr Reed said.', 'Mrs Hall from the court office emailed about the court order process for parking fines.'])(
    'not a council or a court office: %s',
    (text) => expect(typesOf(text)).toEqual([]),
  );
});

describe('a fit note', () => {
  it.each(['Sarah Owen has been signed off for 2 weeks following a bereavement.', 'Mrs Kay has been signed off until half term.', 'Mr Reed was signed off by his GP.'])(
    'is health: %s',
    (text) => expect(typesOf(text)).toEqual(['health']),
  );
  it.each(['Mr Hall signed off the accounts two weeks ago.', 'The budget was signed off by the head, Mrs Kay.'])('not accounts: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe("a group's size in minutes", () => {
  it('is about nobody, whoever speaks next', () =>
    expect(typesOf("Governors' minutes, item 6: The SEND report was received. Numbers of pupils on SEN support have risen to 48, with 9 EHCPs. Mr Clarke asked whether the rise in ASD diagnoses reflected a national trend; the SENCO confirmed it did.")).toEqual([]));
});

describe('a relative clause after a name that is otherwise a presenter or contact', () => {
  it('says something of the person', () =>
    expect(typesOf('Our Black History Month assembly was led by Mr Okafor, who spoke about his Nigerian heritage.')).toEqual(['racial_ethnic_origin']));
  it('unless it gives their role', () => expect(typesOf('Please contact Mr Baker, who is our SENCO, about the EHCP.')).toEqual([]));
});

describe('a festival marked with a class', () => {
  it("is the school's event", () => expect(typesOf('Mrs Patel will be celebrating Diwali with Year 2 and bringing in sweets.')).toEqual([]));
  it('unlike with her family', () => expect(typesOf('Mrs Patel is celebrating Diwali with her family this weekend.')).toEqual(['religious_belief']));
});

describe('a blank form the school sends out', () => {
  it('is nobody\'s condition', () =>
    expect(typesOf('Hi Rachel, could you send me the risk assessment template for the Year 10 trip? The coach company needs the allergy information form by Monday. Cheers, Paul')).toEqual([]));
  it("unlike someone's own form", () => expect(typesOf("Amy Hart's allergy form says she reacts to kiwi.")).toEqual(['health']));
});

describe('working in a prison or court, and a class visit to one', () => {
  it.each([
    'Please note that Mr Gill, the prison education officer, will visit on Tuesday to discuss the reading project with HMP Leeds.',
    'The court usher, Ms Lane, has asked if Year 10 can visit the Crown Court for their citizenship unit.',
  ])('is no offence: %s', (text) => expect(typesOf(text)).toEqual([]));
  it.each(['Tom Reed will visit the prison to see his dad on Saturday.', "Tom's dad is at HMP Leeds.", 'Mr Reed appeared at Leeds Crown Court on Monday.'])(
    'unlike a sentence or a hearing: %s',
    (text) => expect(typesOf(text)).toEqual(['criminal_offence']),
  );
});

describe('the paperwork of SEN and exams', () => {
  it.each([
    'Hi Jen, can you book the hall for the Year 6 SATs on 12 May? Access arrangements are being finalised by Mrs Cole.',
    'Mr Singh has asked whether the SEN register can be updated before the census. Thanks, Lisa',
    'Could you check with Dawn Price whether the EHCP annual review paperwork has arrived from the council? We have three due this month.',
  ])('is about nobody: %s', (text) => expect(typesOf(text)).toEqual([]));
  it.each(['Tom Reed is on the SEN register.', 'Please add Tom Reed to the SEN register.'])('unlike a pupil on the register: %s', (text) =>
    expect(typesOf(text)).toEqual(['special_educational_needs']));
  it("and a question about one's own child is still theirs", () => expect(typesOf("Mrs Hall has asked about her son's medication.")).toEqual(['health']));
});

describe('a halal or kosher diet on a list of names with notes', () => {
  it('is faith', () => expect(typesOf('Lunch: Hamza and Aisha - halal; Ruby - vegan; Tom - no pork')).toEqual(['religious_belief']));
  it.each(['Menu - halal option available on Fridays.', 'Friday - halal chicken, Mrs Hart.'])('not a menu: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('the police looking into what someone did', () => {
  it.each([
    'Police have asked to speak to Tyler Nash about the stolen bikes.',
    'Police want to interview Tyler Nash.',
    'Alfie West was involved in a knife incident outside school and the police are investigating.',
  ])('is an alleged offence: %s', (text) => expect(typesOf(text)).toEqual(['criminal_offence']));
  it.each([
    'The police would like to speak to all Year 9 pupils about knife crime. Mr Reed will arrange it.',
    'Please speak to Mrs Hall about the knife crime assembly.',
  ])('not a talk to a year group: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe("a pupil's statement by its older names", () => {
  it.each(['Aimee Cole has a SEN statement.', 'Tom Reed was statemented in Year 2.'])('is SEN: %s', (text) => expect(typesOf(text)).toEqual(['special_educational_needs']));
  it.each(['Mrs Hall updated the SEN statement on the website.', 'Mrs Hall wrote the SEND statement of intent.'])("not the school's published one: %s", (text) =>
    expect(typesOf(text)).toEqual([]));
});

describe('disclosures in the words children use', () => {
  it.each([
    ['Sophie said her uncle touches her and she does not like it.', 'safeguarding'],
    ['Grace says she is being sent messages by an older man she met online.', 'safeguarding'],
    ['Zara said she is being taken abroad in the summer to get married.', 'safeguarding'],
    ["Archie's been talking about wanting to die.", 'health'],
    ['Ellie has lost weight and we think she may be making herself sick.', 'health'],
  ])('%s', (text, type) => expect(typesOf(text)).toEqual([type]));
  it('not weight lost at the gym', () => expect(typesOf('Mr Hall has lost a lot of weight since joining the gym.')).toEqual([]));
});

describe("the writer's own faith or union", () => {
  it('is about them', () => {
    expect(typesOf('I am a practising Catholic and would prefer not to teach the contraception unit.')).toEqual(['religious_belief']);
    expect(typesOf("I've joined Unison and would like my subs taken from payroll.")).toEqual(['trade_union']);
  });
  it('not a school they serve, or a mailing list', () => {
    expect(typesOf('I am a Christian school governor.')).toEqual([]);
    expect(typesOf("I have joined the union's mailing list.")).toEqual([]);
  });
});

describe('pupil premium in the words staff use', () => {
  it.each(['Noah Fox is a PP child.', 'Finn Cole is disadvantaged (PP) and in receipt of the bursary.'])('%s', (text) => expect(typesOf(text)).toEqual(['free_school_meals']));
  it('not an area', () => expect(typesOf('Mrs Hall said the school is in a disadvantaged area.')).toEqual([]));
});

describe('glucose sensors and pumps', () => {
  it.each(['Tom Reed wears a Freestyle Libre.', 'Tom Reed has a CGM on his arm.', 'Tom Reed wears a Dexcom.', 'Tom Reed has an Omnipod.'])('are health: %s', (text) =>
    expect(typesOf(text)).toEqual(['health']));
});

describe('an illness going round the school', () => {
  it('is nobody\'s, in a letter to every parent', () => expect(typesOf("Head lice are going around again - please check your child's hair.")).toEqual([]));
  it("unlike a letter about one child's", () => expect(typesOf('Your child has head lice; please treat before Monday.')).toEqual(['health']));
});

describe('a member of staff spoken to about their own conduct', () => {
  it.each([
    'I have spoken to Mr Ian Frost about wearing his Reform UK badge in class.',
    'Following the complaint, I spoke to Ian Frost about canvassing for the party with Year 12.',
  ])('is about them: %s', (text) => expect(typesOf(text)).toEqual(['political_opinion']));
  it('not someone spoken to about a pupil', () =>
    expect(typesOf('I have spoken to Mrs Ward about the Reform UK posters in the mock election display.')).toEqual([]));
});

describe('one pupil at prayer or fasting', () => {
  it.each([
    "Aisha Rahman's father has asked whether she can use the quiet room at lunchtime during Ramadan to pray.",
    'Ruby Khan is fasting this month, so please let her sit in the library at lunch.',
  ])('is their faith: %s', (text) => expect(typesOf(text)).toEqual(['religious_belief']));
  it('not a class learning where people pray', () =>
    expect(typesOf('Year 3 visited the gurdwara to learn how Sikhs pray.')).toEqual([]));
});

describe('a domestic abuse notification', () => {
  it.each([
    'Operation Encompass notification received this morning for Lily-Mae Fisher (Y3).',
    'Police attended a DA incident at the home address last night; Kai Reid was present.',
    'Police were called to the family home last night. Kai Reid was there.',
  ])('is safeguarding: %s', (text) => expect(typesOf(text)).toEqual(['safeguarding']));
  it('not the scheme described to parents', () =>
    expect(typesOf('Our school is part of Operation Encompass, a police and education partnership run by Mrs Lane.')).toEqual([]));
});

describe("the writer's own relative", () => {
  it('is about a person', () => expect(typesOf("I won't be in tomorrow - my dad's had a stroke and I need to be at the hospital.")).toEqual(['health']));
});

describe('diabetes and allergy kit as staff note it', () => {
  it.each(['Leon T - T1D, on pump, hypo box in classroom.', 'Epi pen x2 for Macy L.', 'Jo Hart had a hypo at lunch and was given glucose tablets.'])('is health: %s', (text) =>
    expect(typesOf(text)).toEqual(['health']));
  it.each(['Tom Reed is doing the Epi pen training on Monday.', 'Mrs Hart tested a hypothesis in the science club.'])('not training or a word that starts alike: %s', (text) =>
    expect(typesOf(text)).toEqual([]));
});

describe('a pupil named after a greeting, with a note in brackets', () => {
  it('is spoken of, not greeted', () =>
    expect(typesOf('Hi, Lacey Moore (Y4) has not attended since 3 November. We are making a Children Missing Education referral today.')).toEqual(['safeguarding']));
  it('while the person greeted is still not', () => expect(typesOf('Hi, Lacey (Head of Year), the Children Missing Education policy is attached.')).toEqual([]));
});

describe('a policy or benefit named after "our child" or "your child"', () => {
  it.each(['Dear Ms Reid, please find attached our Child Protection and Safeguarding Policy, as requested.', 'Please read our child protection and online safety guidance before the trip.'])(
    'is about nobody: %s', (text) => expect(typesOf(text)).toEqual([]));
  it('while "your child" is still one child', () => expect(typesOf('Dear Mr Cole, your child has been placed on the Child Protection Register.')).toEqual(['safeguarding']));
});

describe("an IT technician's mail", () => {
  it.each([
    "Mr Reed's laptop was infected with a virus after he clicked a phishing link.",
    'Ruby Khan (Y9) was caught trying to hack the MIS; her login is suspended for a week.',
    'Tom Reed ran a virus scan on his laptop.',
  ])('is about machines and accounts: %s', (text) => expect(typesOf(text)).toEqual([]));
  it.each([
    ['Tom Reed has a virus and will be off until Monday.', ['health']],
    ['Ruby Khan (Y9) is suspended for a week for fighting.', ['exclusion']],
  ])('while a person still is: %s', (text, types) => expect(typesOf(text)).toEqual(types));
});

describe('a strike day kept from pay', () => {
  it('is the striker\'s union action', () => expect(typesOf("Please deduct one day's pay from Mr Tom Reed for strike action on 1 February.")).toEqual(['trade_union']));
  it('not a letter from someone about a ballot', () => expect(typesOf('A letter from Mr Tom Reed about the ballot for strike action is attached.')).toEqual([]));
});

describe('a place of worship by its name', () => {
  it("is a family's faith", () => expect(typesOf("Faith criteria: Oliver Reed's family attend St Mary's RC Church weekly.")).toEqual(['religious_belief']));
  it.each(["Year 3 went to St Mary's Church for the harvest festival with Mrs Hart.", "Amelia went to St Paul's Church with her class."])('not a class visit: %s', (text) =>
    expect(typesOf(text)).toEqual([]));
});

describe('a capitalised part of a word', () => {
  it('is no name ("Ci" in "CiC")', () => expect(typesOf('The Virtual School Head will deliver CiC training to all designated teachers next term.')).toEqual([]));
  it('while CiC after a name is still theirs', () => expect(typesOf('Kai Brennan is CiC and his placement has broken down.')).toEqual(['looked_after']));
});

describe('bail conditions and facial recognition', () => {
  // (and the parent who must not collect the child is a safeguarding matter)
  it('a bail condition is no health condition', () =>
    expect(typesOf('Dad (Mr Lee) is on bail with a condition not to contact the family, so he must not collect Sam.')).toEqual(['criminal_offence', 'safeguarding']));
  it("a pupil's face in a recognition system is biometric", () =>
    expect(typesOf("Parents of Ava Clarke have refused consent for her facial image to be used by the canteen's facial recognition system.")).toEqual(['biometric_genetic']));
  it('not the technology discussed', () => expect(typesOf('Mr Reed will lead a debate on facial recognition technology with Year 12.')).toEqual([]));
});

describe('one child meant without a name', () => {
  it.each([
    ['We have a child starting in Reception who has an EHCP for cerebral palsy.', ['health', 'special_educational_needs']],
    ['YP disclosed sexual abuse by an uncle; strategy meeting called.', ['safeguarding']],
    ["Child B's mother reports that her ex-partner has been sending threatening messages.", ['safeguarding']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each(['If a child who has asthma feels unwell, send them to the office.', 'Every child in Reception with an EHCP has a key worker.', 'YP support groups meet on Tuesdays to discuss abuse and neglect.'])(
    'not any child: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe("a parent's own words", () => {
  it.each([
    ['hi sir, im worried about my daughter lily she says a boy in yr 9 keeps asking her to send pics, can u help', ['safeguarding']],
    ['Dear Mrs Hart, Aisha will not take part in the music lessons as our faith does not allow it. Regards, Mr Rahman', ['religious_belief']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it('not a class asked for holiday photos', () => expect(typesOf('Mrs Hart has been asking them to send photos of their half-term adventures.')).toEqual([]));
});

describe('a member of staff with their role in brackets', () => {
  it('is not the person of the passage after them', () =>
    expect(typesOf('Mrs Ali (medical lead) keeps the register of pupils with medical conditions. Individual healthcare plans are reviewed annually with parents.')).toEqual([]));
  it('while a pupil named in the passage still is', () =>
    expect(typesOf('Tom Reed (Y5) joined us in May. The individual healthcare plan was agreed with parents.')).toEqual(['health']));
});

describe("a newsletter's general notices after a named person", () => {
  it.each([
    'Mrs Hart has organised the trip. Children with asthma must bring their inhalers.',
    'Welcome back to Miss Patel. The new behaviour policy sets out our approach to suspensions and exclusions.',
    'Mr Okafor will take the register. Free school meals will be provided as packed lunches on the day.',
  ])('are about nobody: %s', (text) => expect(typesOf(text)).toEqual([]));
  it.each([
    ['Tom Reed and two other children with asthma will need their inhalers.', ['health']],
    ['Free school meals will be provided for Tom Reed from Monday.', ['free_school_meals']],
    ['Under the behaviour policy, Tom Reed has been given a fixed-term exclusion.', ['exclusion']],
  ])('while one named pupil still is: %s', (text, types) => expect(typesOf(text)).toEqual(types));
});

describe('general notices in a paragraph that names someone', () => {
  const openers = ['Mrs Hart has organised the coach for Friday.', 'Ruby Khan won the Year 5 poetry prize.', 'Miss Shah is back from maternity leave next week.'];
  const notices = [
    'Please remember that we are a nut-free school because of allergies.',
    'The EHCP annual review process has changed this year; see the LA website.',
    'Parents can find mental health support leaflets in reception.',
    'Please do not send your child to school if they have had sickness or diarrhoea in the last 48 hours.',
    'Foster carers are urgently needed in our area.',
    'Suspensions fell by half this year.',
    'Our SENCO can advise on dyslexia screening.',
    'The local authority has updated its admissions policy for looked after children.',
    'Asthma UK recommends checking inhaler technique every six months.',
    'The virtual school offers training on attachment and trauma.',
    'Sickness absence among staff has fallen this term.',
    'Cases of scarlet fever have been confirmed in the area, so please watch for symptoms.',
    'A letter about the new FSM eligibility rules is attached.',
    'Please contact the office if you need help applying for pupil premium.',
    'Families fleeing domestic abuse can get support from the council helpline.',
    'CAMHS waiting times in our area are now 18 months.',
    'Please be aware that head lice and threadworms are common at this time of year.',
    'There is a lot of norovirus about, so please wash hands carefully.',
    'The Year 6 SATs access arrangements deadline is 31 March.',
    'The LADO training for governors has moved to the spring.',
    'Our behaviour policy no longer uses internal exclusion.',
    'Free school meal vouchers will be posted to eligible families.',
    'The NEU and NASUWT have both written to members about workload.',
    'Chickenpox has been reported in Reception.',
    'The council is consulting on changes to SEND transport.',
    'Epipens must be collected from the office at the end of the year.',
    'A reminder that inhalers need to be in school every day.',
    'Hospital appointments should be made outside school hours where possible.',
    'Young people in care can access free bus passes.',
    'Parents should make sure their children bring their inhalers.',
    'If anyone needs their medication on the trip, they should hand it to the office.',
    'Some of them have been diagnosed with conditions we need to know about.',
    'They include a section on the Prevent duty and radicalisation.',
    'Diabetes nurses from the hospital will train staff in January.',
    'Please remind your children not to share their inhalers.',
    'Measles cases are rising in the region, so please check your child is vaccinated.',
    'Information on the Holiday Activities and Food programme for children on free school meals is attached.',
    'Nut allergies are increasingly common, so please check snack labels carefully.',
    'Free school meals vouchers will be sent out before half term.',
    'Children in care and care leavers are entitled to priority admission.',
    'Hay fever season is here, so antihistamines may be needed.',
    'The autism outreach team will visit to observe provision.',
    'Allergy signs have been put up in the dining hall.',
    "The ADHD parent support group meets monthly at the children's centre.",
    // Untuned: written after the rule that a general statement (no occasion, no one's family) links only to a heading
    'The trust recognises the NEU, NASUWT, Unison and GMB for consultation.',
    'Looked after children have a personal education plan reviewed every term.',
    'Referrals to the speech and language therapy service now take twelve weeks.',
    "Remember that bullying because of someone's race or religion is never acceptable.",
    'An educational psychologist visits the school three times a year.',
    'Anaphylaxis can be life-threatening, so staff carry auto-injectors on trips.',
    'Please report any suspicion of radicalisation to the DSL.',
    'The youth offending service works closely with our pastoral team.',
    'Dyslexia screening for Year 7 takes place in the first half term.',
    'The Equality Act protects people from discrimination on the basis of sexual orientation.',
    'The DfE has changed the rules on suspensions and permanent exclusions.',
    'Free school meals auto-enrolment starts in April.',
    'CAMHS have a self-referral line for 16 and 17 year olds.',
    "Asthma inhalers should be labelled with the child's name and class.",
    'Attendance at Gypsy, Roma and Traveller history month events was excellent.',
    // Untuned: notices of past events, written after the occasion rule
    'We held a coffee morning for parents of autistic children on Monday.',
    'Ofsted praised our SEND provision during last week\'s inspection.',
    'The diabetes nurse came in on Tuesday to train the lunchtime staff.',
    'Our SENCO attended a conference on ADHD last week.',
    'Police visited Year 6 on Friday to talk about knife crime.',
    // Untuned: a fifteenth set, written after the rules above
    'Children who receive free school meals are automatically entitled to a holiday club place.',
    'The local authority\'s inclusion team supports schools with pupils at risk of exclusion.',
    'Medication must be handed in to the office by an adult, not by the child.',
    'Ramadan begins next week, and PE lessons will be adapted for those who are fasting.',
    'Staff are entitled to paid time off for trade union duties.',
    'Traveller families are welcome to contact our GRT liaison officer.',
    'Please talk to your child about staying safe on social media, as sexting is on the rise.',
    'Most suspensions this year were for persistent disruption.',
    'Pupil premium champions\nAmy Clark\nTom Reed',
    'Safeguarding team\nMrs Jane Smith\nMr Tom Reed',
    'Our designated teacher tracks the progress of every child in care.',
    'Travel to school for pupils with EHCPs is arranged by the council.',
    'The EHCP annual review paperwork must be returned within two weeks.',
    'Venue: the school hall. Topic: managing anxiety in teenagers.',
    'Deadline: EHCP applications for September close on 15 February.',
    'The medication policy was reviewed by governors.',
    'The EHCP hub on the council website explains the application process.',
    "Please make sure your child's inhaler is in date.",
    'Knife crime has risen across Greater Manchester, and the police will hold a drop-in at the library.',
    'The Prevent team has shared new guidance on online radicalisation.',
    'Exclusion appeals are heard by an independent review panel.',
    'Operation Encompass notifications are received by the DSL before 9am.',
    'Sexual health clinics for young people are run by the NHS on Saturdays.',
    'Self-harm is one of the topics covered in the Year 9 wellbeing unit.',
    'Domestic abuse support is available 24 hours a day from the national helpline.',
    'Unison members can get free legal advice through their branch.',
    'Absence due to religious observance is authorised for up to two days a year.',
  ];
  it.each(openers.flatMap((opener) => notices.map((notice) => `${opener} ${notice}`)))('are about nobody: %s', (text) => expect(typesOf(text)).toEqual([]));
  it.each([
    ['Re: Ruby Khan (Y5). The diagnosis of epilepsy was confirmed yesterday.', ['health']],
    ['Harvey Gill joined us in September. His EHCP review is next week.', ['special_educational_needs']],
    ['Mrs Hart can advise on Tom Reed\'s EHCP.', ['special_educational_needs']],
    ['Please keep Tom Reed at home; your son cannot return while he has diarrhoea.', ['health']],
    ['Re: Ruby Khan (Y5). There is a new diagnosis of ADHD from the paediatrician.', ['health']],
    ['Harvey Gill joined us in September. The EHCP was finalised by the council in August.', ['special_educational_needs']],
    ['Quick note about Amelia Hart. The care plan covers what to do in a seizure.', ['health']],
    ['Re: Ruby Khan (Y5). The family are now eligible for free school meals.', ['free_school_meals']],
    ['Harvey Gill joined us in September. His EpiPens must be kept in the office.', ['health']],
    ['Quick note about Amelia Hart. The SEND transport to her new school starts on Monday.', ['special_educational_needs']],
    ['Re: Ruby Khan (Y5). The pupil premium funding is being used for her tutoring.', ['free_school_meals']],
    ['Harvey Gill joined us in September. He has been signed off sick until Easter.', ['health']],
    ['Dear Mrs Green, cases are rising in the region and your child has now been diagnosed with measles.', ['health']],
    ['Re: Ruby Khan (Y5). A Prevent referral was made on Monday.', ['safeguarding']],
    ['Ruby Khan is in 5R. Lessons will be adapted for her dyslexia.', ['special_educational_needs']],
    ['Leo Hart is back. Breaks will be spent in the medical room because of his asthma.', ['health']],
    ['Oscar Bell is new. Reports will be shared with his foster carers.', ['looked_after']],
    ['Mason Reid joined Year 2. He is entitled to free school meals.', ['free_school_meals']],
    ['Tom Reed has been referred to the autism outreach team.', ['special_educational_needs']],
    ['Tom Reed is on the waiting list for the ADHD clinic.', ['health']],
    ['Tom Reed is seen by the diabetes nurses at the Royal.', ['health']],
    ["Amy Clark's allergy information is on the board in the kitchen.", ['health']],
    ['Sam Cole has been off all week. Absence is authorised as he is in hospital with pneumonia.', ['health']],
    ["Leo Hart's mum rang. Seizures have increased and he is seeing the neurologist.", ['health']],
    ['Oscar Bell is new to 4B. He can access the nurture group because of his SEMH needs.', ['special_educational_needs']],
    ["Tom Reed joined in May. Tom Reed's diabetes nurse came in on Tuesday to check his pump.", ['health']],
    ['Tom Reed in 5B: the diagnosis of autism came through on Friday.', ['health', 'special_educational_needs']],
    ['Quick update on Ellie Shaw. Social services are now involved.', ['safeguarding']],
    ['Ruby Khan (Y4). Referral to CAMHS made today.', ['health']],
    ['Amy Clark has been off all week. Mum says it is glandular fever.', ['health']],
    ['Maya Ford moved to us in May. A care order was granted in April.', ['looked_after']],
    ['Harvey Gill joined us in September. The EHCP is being finalised by the council.', ['special_educational_needs']],
    ['Poppy Lane is staying with her aunt. A kinship care arrangement is in place.', ['looked_after']],
    ['Meeting notes: Kai Ellis. Mum reports weight loss and vomiting; GP appointment booked.', ['health']],
    ['Tom Reed joined in May. He has had three suspensions this year.', ['exclusion']],
    ['Pupil premium list (Year 6)\nOscar Bell\nIsla Grant\nKai Ellis', ['free_school_meals']],
    ['Tom Reed is new to 5B. The EHCP names 25 hours of support.', ['special_educational_needs']],
    ['Ruby Khan joined in Year 3. Diagnosis: autism and sensory processing disorder.', ['health', 'special_educational_needs']],
    ['Leo Hart is back at school. The care plan needs updating.', ['health']],
    ['Oscar Bell (Y9) is moving to us. The managed move starts next week.', ['exclusion']],
    ['Ruby Khan (Y4). Inhalers must be kept in class.', ['health']],
    ["Hiya, Lola's been up all night with sickness so keeping her off today x", ['health']],
    ['Tom Reed is off with vomiting.', ['health']],
    ["Hi Mrs Hart, Freddie has had his jabs today and is feeling rough, so he's staying home. Ta, Becky Moss", ['health']],
    ['Things have been really bad at home, my ex has been turning up at the house and threatening me. Can someone talk to Jayden tomorrow? Thanks, Amy Cole', ['safeguarding']],
    ["Dear Mrs Cole,\nPlease make sure your child's inhaler is in date.\nThanks, Mrs Hart", ['health']],
    ['Chickenpox has been reported in Reception and your child was sent home with spots this morning.', ['health']],
    ["Child Protective Services are involved with Amy Clark's family.", ['safeguarding']],
    ['Tom Reed is a deaf athlete who competes for England.', ['health']],
    ['Tom Reed lives with a foster carer in Bury.', ['looked_after']],
    ["Tom Reed's FSM vouchers have not arrived.", ['free_school_meals']],
    ['Pupil: Amy Clark (Y2)\nEmergency procedure: if the pupil has a seizure lasting more than five minutes, staff should give buccal midazolam and call 999.', ['health']],
    ['Re: Harvey Cole (Y5)\nShould the child become hypoglycaemic, staff must give glucose tablets and check his levels after 15 minutes.', ['health']],
  ])('while what is said of the person still counts: %s', (text, types) => expect(typesOf(text)).toEqual(types));
});

describe("a member of staff's role and remit, in two sentences", () => {
  it.each([
    'Mrs Hart is our new SENCO. She will oversee EHCP reviews and SEN support plans.',
    'Mr Reed joins us as DSL. He will handle all child protection referrals.',
    'Please welcome Miss Shah, our new attendance officer. She will follow up persistent absence and exclusions.',
    "Dr Patel is the school's link educational psychologist. She assesses pupils for dyslexia and autism.",
    'Mr Okafor is the designated teacher. He is responsible for the progress of looked after children.',
    'Ms Lowe is our family support worker. She helps families apply for free school meals.',
  ])('is about nobody: %s', (text) => expect(typesOf(text)).toEqual([]));
  it.each([
    ['Amelia Hart joined in May. She has been diagnosed with asthma, like many children in her class.', ['health']],
    ['Tom Reed joined in May. He will be assessed for dyslexia next week.', ['special_educational_needs']],
    ['Tom Reed joined in May. He helps his mum, who has MS, with all the housework.', ['health']],
    ['Dr Patel, educational psychologist, will observe Jayden Reed on Monday.', ['special_educational_needs']],
  ])('while a pupil still is: %s', (text, types) => expect(typesOf(text)).toEqual(types));
});

describe('an acronym opening a term after a name, as file names and titles write it', () => {
  it.each(['Callum Reid CP plan', 'Kayden Reid CP chronology', 'CP chronology - Kayden Reid.txt', 'Safeguarding chronology for Kayden Reid'])('is safeguarding: %s', (text) =>
    expect(typesOf(text)).toEqual(['safeguarding']));
  it('while a capitalised word after a name is still part of it', () => expect(typesOf('Christian Persch fixed the build.')).toEqual([]));
});

describe('a term before a name in a file title', () => {
  it.each([
    ['Safeguarding referral Lacey Moore', ['safeguarding']],
    ['Ethan Cole IHCP', ['health']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
});

describe('equality monitoring and nationality fields', () => {
  it('a field answered "Prefer not to say" records nothing', () =>
    expect(typesOf('Equality monitoring form\nName: Priya Raman\nSexual orientation: Prefer not to say\nReligion or belief: Prefer not to say\nEthnic origin: Prefer not to say\nDisability: Prefer not to say')).toEqual([]));
  it('while an answer is data', () =>
    expect(typesOf('Equality monitoring form\nName: Priya Raman\nSexual orientation: Heterosexual\nReligion or belief: Hindu\nDisability: No')).toEqual(['religious_belief', 'sex_life']));
  it("a pupil's nationality or country of birth, as a field or a column, is national origin", () => {
    expect(typesOf('Name: Amelia Hart\nNationality: Polish')).toEqual(['racial_ethnic_origin']);
    expect(typesOf('Name\tNationality\tCountry of birth\nAmelia Hart\tBritish\tUK\nTom Reed\tBritish\tUK')).toEqual(['racial_ethnic_origin']);
  });
  it('not the rules for a trip', () => expect(typesOf('Please check the nationality rules for the Paris trip, Mrs Hart.')).toEqual([]));
});

describe('found in mail written after the corpus', () => {
  it.each([
    ['Pupils with EHCPs in Year 5: Tom Reed, Amy Clark and Jo Ng.', ['special_educational_needs']],
    ['The following children who have asthma must bring inhalers: Tom Reed, Amy Clark and Jo Ng.', ['health']],
    ['Please find below the children who are newly eligible for FSM: Bella Hart 4B, Tommy Shaw 2A, Freya Moss R.', ['free_school_meals']],
    ['The head teacher has made the decision to suspend Leon Ashworth for three school days.', ['exclusion']],
    ['Mr Gareth Lyle disclosed a conviction for drink driving from 2019 on his application.', ['criminal_offence']],
    ["A screenshot has been sent to us of Mrs Ingham's Facebook post supporting Britain First.", ['political_opinion']],
    ['The house was dirty with no food in the fridge, and Leo Cartwright (Y1) had no bed to sleep in.', ['safeguarding']],
    ["Hi both, Kacey Reid came in today without a coat again. I've logged it on CPOMS.", ['safeguarding']],
    ['For the trip, the following students are PP and should be charged £20: Ella Moss, Kyle Dean, Sophie Ward.', ['free_school_meals']],
    ["Sorry, Daniel can't do PE today. He sprained his ankle at football on Saturday.", ['health']],
    ['Hi Paul, welcome back. As discussed at your return to work meeting, your absence was due to a chest infection.', ['health']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    'We will suspend Friday clubs during exam week. Mr Ashworth will confirm.',
    'Children with asthma: please bring inhalers on the trip. Mrs Reed will collect them.',
    'The trust has suspended Mrs Hale on full pay.', 'Governors noted that Mr Lowry remains suspended.',
    'The trip was cancelled due to the cold weather. Mr Reed will rebook.',
    "Mrs Hart's ex-colleague is turning up at the reunion.",
    'Ruby Khan interviewed a nurse about her work on the cancer ward for the school magazine.',
    "Ms Patel has been nominated for the trust's award for her work with looked after children.",
    'Jack Moss wrote a persuasive letter to the council about knife crime.',
    'Dr Shah from the surgery will talk about careers in medicine.',
    "Mrs Obi chairs the governors' committee that hears exclusion appeals.",
    'Mr Price will be collecting for the Poppy Appeal in memory of veterans injured in service.',
    "Mrs Bell's class have been learning sign language to welcome a deaf visitor.",
    "Mr Dawson explained the school's approach to alternative provision to governors.",
    'Mr Patel has been a foster carer for ten years and spoke at the fostering evening.',
    'Mr Cole is chasing the council about the delayed EHCP assessments across the trust.',
    'Mrs Kaur sorted the FSM vouchers for the holidays.',
    'The SENCO, Mrs Dhillon, will email parents about the new EHCP process.',
    'Ms Grant is applying for a grant to fund counselling for pupils.',
    "Mr Lowe has been appointed as the local authority's LADO.",
    "Mr Lowe has been asked to sit on the trust's exclusions panel.",
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it('a term in the subject line is not about the person the reader is asked to tell', () => {
    const message = { ...messageOf('Hello all, the exams officer is running reader and scribe training for support staff on 12 March. Please let Ms Doyle know if you can attend.'), subject: 'Reader and scribe training' };
    message.segments.unshift({ where: 'subject', text: message.subject });
    expect(scoredTypes(detectMessage(message, shippedRules().detector).findings)).toEqual([]);
  });
});

describe('a rule for whichever child it is, as policies write them', () => {
  it.each([
    "Supporting Pupils with Medical Conditions Policy\n\n1. Individual healthcare plans\nWhere a pupil has a long-term medical condition, an individual healthcare plan (IHP) will be drawn up with the parents and the school nurse. The plan will set out the child's medical needs, medication, and what to do in an emergency. The IHP will be reviewed at least annually, or sooner if the child's needs change.\n\n2. Administering medicines\nMedicines will only be given in school when it would be detrimental to the child's health not to do so. No child will be given prescription medicines without their parent's written consent. Staff must record each dose on the medication record. Asthma inhalers and adrenaline auto-injectors should always be readily available to the pupil and not locked away.\n\n3. Emergencies\nIf a pupil has a seizure, staff should time it and call 999 if it lasts longer than five minutes. A member of staff will stay with the child until a parent arrives.",
    "Child Protection Policy\n\nIf a child discloses abuse, staff should listen carefully, not ask leading questions, and record the disclosure in the child's own words as soon as possible. The record should be passed to the DSL immediately. Staff must never promise to keep a disclosure secret. Where the DSL believes the child is at risk of significant harm, a referral will be made to children's social care. The DSL will keep the child's family informed unless doing so would put the child at greater risk.",
    "Behaviour Policy - Suspensions\n\nA suspension will only be used as a last resort. The headteacher will inform the parents of the pupil without delay and set out the reasons for the suspension. The school will provide work for the pupil during the first five days. A reintegration meeting will be held with the pupil and parents on their return.",
    'When a referral is made, the child\'s social worker will be informed within 24 hours.',
    "Where a pupil has an EHCP, the child's views must be recorded at the annual review.",
    "Staff should ensure the pupil's medication is stored in a locked cabinet.",
    'The form asks whether the child has any allergies or medical conditions.',
    'In the event of a seizure, staff should stay with the child and time the seizure.',
    'The school will always listen to the child and record any disclosure.',
  ])('is about no one: %s', (text) => expect(typesOf(text)).toEqual([]));
  it.each([
    ['When the pupil arrived this morning, she had a bruise on her cheek and said her dad hit her.', ['safeguarding']],
    ['The child has been diagnosed with epilepsy and must have buccal midazolam with her at all times.', ['health']],
    ['One of our Year 3 boys has been diagnosed with type 1 diabetes and will need insulin every lunchtime.', ['health']],
    ["If the child's temperature goes above 38, please call mum - the child had a febrile seizure last month.", ['health']],
    ['The child has an EHCP and every lesson must be adapted.', ['special_educational_needs']],
  ])('while one child spoken of still is: %s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each(['I should mention that I have epilepsy, which is well controlled.', "I've had a stroke and will be off for a month.", 'I have asthma.'])(
    "and so is the writer's own condition: %s", (text) => expect(typesOf(text)).toEqual(['health']));
  it.each(['I have updated the SEN register.', 'I have epilepsy training on Monday.', 'I have asthma inhalers for the trip in my bag.', 'I have EHCP paperwork to finish tonight.', 'I have a diabetes meeting at 3.'])(
    'but not what the writer has done or has with them: %s', (text) => expect(typesOf(text)).toEqual([]));
  it("while the writer's condition closing its phrase still is", () => expect(typesOf("I've had cancer, so I know how hard this is.")).toEqual(['health']));
});

describe('a title without a colon over a list', () => {
  it('heads only lines that are names alone', () =>
    expect(typesOf('diagnose unexpected EOF and zero lengths in packed data\nProblem reported by Aki Helin.\nThanks to Ruby Khan.')).toEqual([]));
});

describe('a name in brackets', () => {
  it('is who a sentence is about, after a verb', () =>
    expect(typesOf('Two of the children on the residential are vegetarian and one is coeliac (Harriet Moss).')).toEqual(['health']));
  it('is who presents an agenda item, after its title', () =>
    expect(typesOf('Item 6: Attendance and exclusions (Ms Fay Holt).')).toEqual([]));
  it('is who a sentence is about, with where they are from', () =>
    expect(typesOf('One pupil on the trip has epilepsy (Harriet Moss from 7C).')).toEqual(['health']));
});

describe('a letter to every parent of a group', () => {
  it('asks of each reader\'s child', () =>
    expect(typesOf('Dear parents, with the pollen count high this week, please send your child in with any hay fever medication they need, clearly labelled.')).toEqual([]));
  it.each([
    ['Dear parents, your child was sent home with a high temperature this morning.', ['health']],
    ['Dear Parent/Carer, your child is on the SEN register.', ['special_educational_needs']],
  ])('but not one child it tells of, nor a letter to one parent: %s', (text, types) => expect(typesOf(text)).toEqual(types));
});

describe('weapons', () => {
  it.each([
    'Tyler brought a knife into school.',
    'Just keep Tyler away from Reece - there was the incident with the knife outside the chippy.',
    'Reece pulled a knife on another boy at the bus stop.',
  ])('brought, pulled or in an incident: %s', (text) => expect(typesOf(text)).toEqual(['criminal_offence']));
  it.each(['Tyler brought a knife and fork from home.', 'The knife arch was brought into school by the police for the assembly.', 'Mr Bell will bring a knife crime awareness session to Year 9.'])(
    'not cutlery or an awareness session: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('shorthand said of someone', () => {
  it.each([
    ['Chloe told her friend she has been sleeping with a 19-year-old she met online.', ['sex_life']],
    ['Liam Carter is doing a sponsored walk because his brother has type 1.', ['health']],
    ['Could Ethan please have 2 days off on 12-13 April for Eid?', ['religious_belief']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each(['Ava has been sleeping with her teddy again.', 'Ellie has type 2 questions left on the paper.'])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('harm to a child that KCSIE names', () => {
  it.each([
    'My daughter Holly has been getting messages from girls in her class telling her to kill herself.',
    'Sam Reed has been cyberbullied since Christmas.',
    'Dear Mr Long, following the investigation into the allegation that you shouted at and pushed a pupil, you are invited to a disciplinary hearing.',
    'Mr Tom Bell has been accused of grabbing a Year 8 boy by the arm.',
  ])('is safeguarding: %s', (text) => expect(typesOf(text)).toEqual(['safeguarding']));
  it.each(['Our cyberbullying workshop is on Monday; pupils told us how it feels to be cyberbullied.', 'The complaint that Ms Ray pushed the deadline back was upheld.'])(
    'not a workshop or a deadline: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('a care placement', () => {
  it.each(["Jade's placement broke down on Friday.", 'Jade Morris is now in an emergency placement in Bolton.'])('%s', (text) =>
    expect(typesOf(text)).toEqual(['looked_after']));
  it('not a work placement', () => expect(typesOf('Jade Morris starts her work placement at the vets on Monday.')).toEqual([]));
});

describe('courts and therapies by their role', () => {
  it.each(['Mr Dean will be absent on 14 and 15 May as he has been called to give evidence at Crown Court.', 'Mrs Ali is on jury service at Manchester Crown Court next week.'])(
    'a witness or a juror is no offender: %s', (text) => expect(typesOf(text)).toEqual([]));
  it("speech therapy is a pupil's special educational need, not a health treatment", () =>
    expect(typesOf("Theo Hale's speech therapy will continue weekly; he is making good progress with his stammer.")).toEqual(['special_educational_needs']));
  it('a 504 plan, as schools in the United States write it, is one too', () =>
    expect(typesOf('Ethan Cole transferred from Texas; his mom says he had a 504 plan there.')).toEqual(['special_educational_needs']));
});

describe('time with the SENCO, and a death notice', () => {
  it("a pupil's 1:1 with the SENCO is provision", () =>
    expect(typesOf("Fine - I've moved Zac's 1:1 with the SENCO to Wednesday period 2 so he doesn't miss PE.")).toEqual(['special_educational_needs']));
  it('not an offer to staff', () => expect(typesOf('Please book a 1:1 with the SENCO if you have concerns about a pupil.')).toEqual([]));
  it('"after a long illness" in a death notice names no condition', () =>
    expect(typesOf("Dear staff, sadly Lily Brown's father passed away at the weekend after a long illness. Lily will be off this week.")).toEqual([]));
  it('while someone back after one was ill', () => expect(typesOf('Mrs Green is back after a long illness.')).toEqual(['health']));
});

describe("the writer's own union", () => {
  it.each(["Hi Helen, I've cancelled my Unison membership, so please stop the deduction from my pay.", 'My union rep says the NEU will ballot members.'])('%s', (text) =>
    expect(typesOf(text)).toEqual(['trade_union']));
  it('not the reader\'s, in advice to anyone', () => expect(typesOf('Please contact your union rep for advice.')).toEqual([]));
});

describe('full-time equivalent and absconding', () => {
  it.each(['Mrs A. Rahman - reduce to 0.6 FTE from 1 March.', "Ms Cho's FTE salary is 34,000."])('FTE as HR writes it is no exclusion: %s', (text) =>
    expect(typesOf(text)).toEqual([]));
  it('while a pupil\'s FTE still is', () => expect(typesOf('Harvey Cole - FTE 2 days (fighting).')).toEqual(['exclusion']));
  it.each(['Jacob Lane has a history of absconding.', 'Tom Reed absconded from school at lunchtime.'])('a child running off is safeguarding: %s', (text) =>
    expect(typesOf(text)).toEqual(['safeguarding']));
  it('not a treasurer with the funds', () => expect(typesOf('The treasurer, Tom Reed, absconded with the funds.')).toEqual([]));
});

describe('acronyms schools write', () => {
  it.each([
    ["Tom Reed is PLAC (adopted 2019) so he's eligible for PP+ (pupil premium plus, which is for children from care).", ['looked_after']],
    ['Zara Moss has an OT assessment next week for handwriting.', ['health']],
    ['Evie Ross - statutory assessment request submitted.', ['special_educational_needs']],
  ])('%s', (text, types) => expect(typesOf(text).sort()).toEqual(types.sort()));
  it.each(['Mr Cole did 6 hours OT last week.', "Amy Hart's class learnt about the OT prophets.", 'Mrs Hall explained the KS2 statutory assessment arrangements to parents.'])(
    'not overtime, the Old Testament or Year 6 tests: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('health as parents and staff say it', () => {
  it.each([
    'Tom Reed fainted in PE and has been referred to cardiology.',
    'Tom Reed has been referred to ENT for his ears.',
    'Mia Shaw is on the waiting list for grommets.',
    'Ruby Bell has just started on the pill for her periods.',
  ])('%s', (text) => expect(typesOf(text)).toEqual(['health']));
  it.each(['Mrs Cole works in cardiology at the Royal.', 'The banner has brass grommets on each corner, Tom Reed said.', 'Amy Hart took the pill bottle to the office.'])(
    'not a workplace, a banner or a bottle: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('faith rites and a case being handled', () => {
  it.each(["Mia Shaw is being confirmed at St Anne's in June.", "Amy Hart's photos from her First Holy Communion are lovely."])('%s', (text) =>
    expect(typesOf(text)).toEqual(['religious_belief']));
  it('not a chair confirmed at a meeting', () => expect(typesOf('Mr Hale was confirmed at the meeting as the new chair, said Amy Hart.')).toEqual([]));
  it.each([
    'Congratulations to Amy Hart on her county swimming medal. We are monitoring attendance closely this term as persistent absence is rising.',
    "Well done to Jack Lowe for 100% attendance. I'm following up with families whose children are eligible for free school meals but not registered.",
    'Mrs Ella Hale has joined the office team. We are now recording all allergies on Arbor.',
  ])('not what it is doing in general: %s', (text) => expect(typesOf(text)).toEqual([]));
  it("and a racist name someone was called", () =>
    expect(typesOf("Ruby Bell (Y4) was upset at lunch. I'm looking into it - she says an older boy called her a racist name.")).toEqual(['racial_ethnic_origin']));
  it('what the school is doing about it tells of an occasion', () =>
    expect(typesOf('Noah Ford has been called a P*** by another pupil; we are treating it as a racist incident.')).toEqual(['racial_ethnic_origin']));
});

describe('a parent keeping a child from someone', () => {
  it.each([
    'Hi, please update our address. My ex-husband is not allowed to know where we live as there is a non-molestation order.',
    'Please do not let Evie go home with her father. He has been drinking heavily and the police were called.',
  ])('%s', (text) => expect(typesOf(text)).toEqual(['safeguarding']));
  it.each(['Please do not let the children go home with wet hair after swimming.', 'Do not allow Year 6 to go home with the old reading books.'])('not: %s', (text) =>
    expect(typesOf(text)).toEqual([]));
});

describe('sentences and tags as people say them', () => {
  it.each(["Jayden Cole's older brother has just been sent down for 3 years.", "Leah Moss's mum is on a tag and can't come into school after 7pm."])('%s', (text) =>
    expect(typesOf(text)).toEqual(['criminal_offence']));
  it.each([
    'Tom Reed was sent down to the office for shouting.',
    'Amy Hart is on a tag rugby team.',
    'Police have told us that Zara Kerr is a witness in an assault case.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('needs said plainly', () => {
  it.each([
    ['Hi, Harry Lee struggles with his processing speed and working memory.', ['special_educational_needs']],
    ['Poppy Lane has cerebral palsy.', ['health']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it('an event is no person', () => expect(typesOf('Summer Fair has raised money for the asthma charity.')).toEqual([]));
});

describe('politics, strikes and partners said of someone', () => {
  it.each([
    ['Mr Todd has been posting anti-immigration views on Facebook and parents have complained.', ['political_opinion']],
    ["Ms Khan voted Leave and doesn't mind who knows it.", ['political_opinion']],
    ['Mrs Cole is taking part in the strike on Thursday.', ['trade_union']],
    ["Mr Price's husband will collect him after his operation.", ['sex_life', 'health']],
  ])('%s', (text, types) => expect(typesOf(text).sort()).toEqual(types.sort()));
  it.each(['Tom Reed voted Labour in the mock election.', 'Amy Hart will take part in the strike drill on Monday.'])('not a mock election or a drill: %s', (text) =>
    expect(typesOf(text)).toEqual([]));
});

describe('a pulled muscle', () => {
  it('is an injury', () => expect(typesOf('Zoe Lam pulled a muscle at netball and has an ice pack.')).toEqual(['health']));
});

describe('a given name that is also a word, before what happened to them', () => {
  it("is the person: 'Ben fainted'", () =>
    expect(typesOf("Ben fainted in assembly this morning. He's fine now, mum has collected him and is taking him to the GP.")).toEqual(['health']));
});

describe('the new terms in ordinary use', () => {
  it.each([
    'Sam Reed fainted laughing at the comedy show - what a night!',
    'Jack Lowe will see the counsellor of the student council about the prom budget.',
    'Exclusion: none this term. Well done to Tom Reed and the pastoral team.',
    'Ava Cole has been confirmed as head girl.',
    'Tom Reed is on the tag team for the relay.',
    'Tom Reed brought a weapon-themed costume for World Book Day - a plastic sword.',
    'Jack Reed had an incident with a knife and fork at lunch.',
    'Amy Hart has a history of absconding with the class pens, ha!',
    "Mrs Dunn's husband Tom will be helping at the fair.",
  ])('are about nobody: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('a family named by its surname', () => {
  it('is who "the children" are', () =>
    expect(typesOf("Hi, could you refer the Morgan family to the food bank? Mum has lost her job and they're struggling. The children are on free school meals.")).toEqual(['free_school_meals']));
  it.each(['Thanks to Mrs Cole for the trip. The children learnt about diabetes in science.', 'Well done to Amy Hart in Year 4. The children raised money for the autism charity.'])(
    'but not a class after a named teacher or pupil: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('a referral for weight, and a holy day kept', () => {
  it.each([
    ['Callum Reed has been referred to the school nurse for his weight.', ['health']],
    ["Max Reid won't be able to go on the trip as he is observing Passover that week.", ['religious_belief']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each(['Amy Hart asked about her weight category for judo.', 'Tom Reed will get help with his eating out money from the bursary.'])('not: %s', (text) =>
    expect(typesOf(text)).toEqual([]));
});

describe('isolation and faith as reasons', () => {
  it.each([
    ["Hi Sue, Kyle Reed's been in isolation all week for vaping in the toilets.", ['exclusion']],
    ['Tom Reed has been in isolation for 5 days with covid.', ['health']],
    ["Noor Ali's dad has asked if she can be excused from swimming because it goes against their faith.", ['religious_belief']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
});

describe('a family court case, and staff who worked with children with needs', () => {
  it.each([
    ["Aaron Lee's nan thinks it's stress since the court case about contact with his dad.", ['safeguarding']],
    ["The family court hearing about Amy Hart's residence is on Monday.", ['safeguarding']],
    ["Tom Reed's dad has a court case next month for assault.", ['criminal_offence']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it('a reference for a TA names no one\'s needs', () =>
    expect(typesOf('Sarah Bent was a dedicated TA who worked with children with a range of needs, including autism and ADHD.')).toEqual([]));
});

describe('a learning difficulty said the other way round', () => {
  it.each(['Freddie Hall (Y2) has significant difficulties with attention.', 'Tom Reed has difficulty with his reading and spelling.'])('%s', (text) =>
    expect(typesOf(text)).toEqual(['special_educational_needs']));
  it('not with a timetable', () => expect(typesOf('Amy Hart has had some difficulty with the new timetable.')).toEqual([]));
});

describe('a stranger and a vehicle, and PP said with a pronoun', () => {
  it.each([
    ['Mia Cole said a man in a car outside the park asked her to get in and offered her sweets.', ['safeguarding']],
    ['Amy Hart said a man asked her to get into his van.', ['safeguarding']],
    ["I've waived the trip cost for the Patel twins as they're PP.", ['free_school_meals']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each(['Mr Hale asked Tom Reed to get in line for lunch.', 'Mrs Cole told Amy Hart to get into groups of four.'])('not a line or a group: %s', (text) =>
    expect(typesOf(text)).toEqual([]));
});

describe('a family by its surname, a police raid and a therapist of their own', () => {
  it.each([
    ['Hi, the Carter family have asked for help with the cost of uniform. Mum is on Universal Credit and they get free school meals.', ['free_school_meals']],
    ['The Brown family have moved to Leeds; the children are on free school meals.', ['free_school_meals']],
    ['Lucas Hart has been withdrawn since the police raid on their house last week.', ['criminal_offence']],
    ["Freya's therapist has suggested she uses a quiet space when she feels overwhelmed.", ['health']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each(['The Royal family visited the town.', "The school's psychologist visits every term.", "Mrs Cole's therapist friend ran the wellbeing session."])('not: %s', (text) =>
    expect(typesOf(text)).toEqual([]));
});

describe("a family's interpreter, and social care told", () => {
  it.each([
    ["We'll need a Polish interpreter for the meeting with Mr and Mrs Nowak on Thursday.", ['racial_ethnic_origin']],
    ["Leah Hart has been staying at her aunt's since Friday. Social care are aware.", ['safeguarding']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each(["We have a Polish interpreter available at parents' evening, said Mrs Cole.", 'Amy Hart is training as an Arabic interpreter.'])('not: %s', (text) =>
    expect(typesOf(text)).toEqual([]));
});

describe("the writer's own condition, called theirs", () => {
  it.each(['Thanks. For the record, two of those absences were due to my endometriosis, which I have told Occupational Health about.', 'My depression has come back.'])(
    '%s', (text) => expect(typesOf(text)).toEqual(['health']));
  it.each(['I left my asthma inhalers in the car.', 'My epilepsy training is on Monday.', 'My autism class went to the zoo.'])('not what they have or do: %s', (text) =>
    expect(typesOf(text)).toEqual([]));
});

describe('SEN, health problems and release said of someone', () => {
  it.each([
    ['Owen Lee gets free transport because of his SEN, so he will not need a bus pass.', ['special_educational_needs']],
    ['Leila Cole has made excellent progress this year, especially since starting the nurture group.', ['special_educational_needs']],
    ['Thanks to Mrs Patel, who has been coming in every week despite her own health problems.', ['health']],
    ["Please don't release Tyler Cole to anyone other than his mum.", ['safeguarding']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    'Mrs Cole is our SEN governor and has SEN experience.',
    'The school has SEND funding of 40,000 pounds, Mr Hale said.',
    'Please do not release the results to anyone before Friday, Mrs Hart said.',
    'Pupils with health problems should see the school nurse, said Mr Hale.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('case notes, operations and what a school keeps', () => {
  it.each([
    ["Please note Ava Sinclair's new social worker is Rachel Lowe. Ava remains on a child protection plan.", ['safeguarding']],
    ['Additional controls on the trip: 1:1 with a TA at all times. Pupil is on a CP plan; the social worker has approved it.', ['safeguarding']],
    ['Case 3: Y10 boy, two previous permanent exclusions, currently at the PRU.', ['exclusion']],
    ['Discussed 2 cases:\nCase A: Y6 girl, neglect concerns, CIN plan ongoing.\nCase B: Y11 girl, self-harm, CAMHS involved.', ['health', 'safeguarding']],
    ['Case 4: Y8 girl, moved from Leeds after domestic abuse, living in a refuge with mum.', ['safeguarding']],
    ['Grace Ellis is excused from swimming for 6 weeks after her ear operation.', ['health']],
    ['Referring Daisy Walker (Y4) for support with soiling. The GP suggested laxatives.', ['health']],
    ["Early Help assessment opened for the Morris family. Concerns: housing, debt and mum's mental health.", ['health', 'safeguarding']],
    ['Please book a Bengali interpreter for the SEN review with Mr and Mrs Uddin on 12 Jan.', ['racial_ethnic_origin', 'special_educational_needs']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    'Mr Hussain will lead, Ms Taylor is the first aider, Mrs Moore holds the medication bag and the emergency contacts.',
    'Pupil is expected to report any abuse or neglect to a member of staff.',
    "Mrs Hale reviewed the Year 10 boys' football kit.",
    "Children's mental health is a priority for Mrs Cole this year.",
    'Employers at the careers fair include the NHS, the Army, Unison and Jaguar Land Rover.',
    "A blue Nike coat with a Ventolin inhaler in the pocket has been handed in. Please ask your class if it's theirs.",
    'The SEN review with the local authority is on Friday, Mrs Cole said.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('Christian as a given name', () => {
  it.each([
    ['Christian Walker in Year 5 has asthma and needs his inhaler.', ['health']],
    ['Amy Hart, Christian, aged 12, attends St Mark.', ['religious_belief']],
    ['Christian Hale said he is a Christian.', ['religious_belief']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    'Thanks to Christian J. Dietrich and Giuseppe for the patch.',
    'We raised money for Christian Aid this week after the earthquake injured thousands.',
    'Christian Values Week starts Monday, led by Mr Hale.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('orientation and gender identity said of someone', () => {
  it.each([
    "Maisie has two mums, and one of them has asked that the Mother's Day activity be adapted.",
    'Alex Morgan in 9T has asked to be known as Alex and to use he/him pronouns.',
    'Thank you for being so supportive after I came out to the staff team. - Sam (Mr Parker)',
  ])('%s', (text) => expect(typesOf(text)).toEqual(['sex_life']));
  it.each([
    'Thanks to Mrs Hale and with the help of two dads we built the stage.',
    'Mrs Cole\nPronouns: she/her\nHead of Year 9',
    'Mrs Hale said the results came out to the team on Friday.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('SEN records and sensory support', () => {
  it.each([
    'Provision report for Jacob Hart (Y3)\nNeed: Cognition and Learning (K). Interventions: Precision Teaching 3x weekly.',
    'Please make sure Charlie Nixon has his radio aid charged.',
    'One-page profile: Ruby Lane\nWhat helps me: my sensory breaks.',
  ])('%s', (text) => expect(typesOf(text)).toEqual(['special_educational_needs']));
  it('a specialist teacher visiting someone, whose impairment is also their health', () =>
    expect(typesOf('Teacher of the Visually Impaired visiting on Tuesday to see Charlie Nixon.')).toEqual(['health', 'special_educational_needs']));
  it.each([
    'Mrs Cole explained the four areas of need: cognition and learning, communication and interaction.',
    'Report for Mr Hale\nThe school has 40 pupils with autism and 12 with EHCPs.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('terse staff notes', () => {
  it.each([
    ['KB Y11 - CIN plan closed today, SW happy.', ['safeguarding']],
    ["Off tomorrow - dentist then my son's hospital appt. Work set on Teams.", ['health']],
    ['| Student | Concern | Action |\n| JB 9X | attendance dropping, low mood | refer to school counsellor |', ['health']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each(['Cover: PE Y11 - CIN plans are discussed in PSHE.', 'SLT Y7 - safeguarding update next week.', '| Room | Use |\n| PE 10A | self-harm awareness training |'])('not: %s', (text) =>
    expect(typesOf(text)).toEqual([]));
});

describe('what might happen, the school audit, and a welcome back', () => {
  it.each([
    ['Tyler Reed will be excluded for two days from tomorrow.', ['exclusion']],
    ['Welcome back, Mrs Chowdhury! We hope your operation went well.', ['health']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    'Tyler Reed has been warned he will be excluded if it happens again.',
    "Met with Ryan's mum. Mum is worried he will be excluded.",
    'Ms Davies from the Local Authority visited today. She spoke to the head about the SEND audit and looked at our provision map.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('a cannabis vape, a speech group, and the FSM eligibility check', () => {
  it.each([
    ['Yesterday Charlie Fletcher was found with a vape containing THC.', ['criminal_offence']],
    ["Dear Mr Walsh, Finn's speech assessment showed some difficulty with sounds. We will add him to our speech group.", ['special_educational_needs']],
    ['The following children were found eligible through the ECS check: Kai Morris (Y1), Bella Ward (Y3).', ['free_school_meals']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each(['Mrs Cole said vapes with any flavour are not allowed.'])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe("someone's wheelchair and communication aid", () => {
  it.each([
    ["Kyle's new wheelchair arrives on Tuesday; the OT from wheelchair services will come to fit it.", ['health']],
    ['Jamie Lee used his communication aid to ask for a drink for the first time!', ['special_educational_needs']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each(["Mrs Cole said the school's wheelchair ramp is fixed."])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('what a trained first aider can do', () => {
  it('is no one\'s condition', () =>
    expect(typesOf('Congratulations to Mr Dunn, who passed his paediatric first aid course. He can now administer an EpiPen and manage asthma attacks.')).toEqual([]));
  it('unless it is given to someone', () =>
    expect(typesOf('After her first aid training Mrs Cole can now give Amy Hart her inhaler when she needs it.')).toEqual(['health']));
});

describe('as parents and pupils write it', () => {
  it.each([
    ['Hello teacher, my son Mohammed is not coming today because he is have fever and cough. I bring him to doctor.', ['health']],
    ["Hi Sir, things at home are really bad. My mum and her boyfriend keep fighting and the police came again on Saturday.", ['safeguarding']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each(['Children who have a temperature should stay at home, Mrs Cole said.', 'The police came to talk to Year 6 about road safety, Mrs Cole said.'])(
    'not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('the writer away, a faith school admission, and a duty supervised by someone', () => {
  it.each([
    ['I am currently out of the office on sick leave and will have limited access to email.\nMr David Khan', ['health']],
    ["Sounds good. I'm off for Yom Kippur on the Wednesday, so Tuesday is best.\nRachel Stein", ['religious_belief']],
    ["Hi Mrs O'Neill, for our admissions we need a Certificate of Catholic Practice signed by your parish priest, and a copy of Siobhan's baptism certificate.", ['religious_belief']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    'I am away on a course about autism on Friday, so Mrs Cole will cover.',
    "I'm off for the safeguarding training on Monday.",
    'The prayer room (Room 14) will be available to Muslim students for Friday prayers from next week, supervised by Mr Rahman.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe("someone's adoption, and names joined to a contact", () => {
  it.each([
    ["Mr and Mrs Price have told us that Noah Price's adoption was finalised in court last week.", ['looked_after']],
    ['Dear Mrs Cole, Amy Hart has asthma and needs her inhaler.', ['health']],
    ['Please speak to Mrs Cole and Amy Hart, who has asthma, before the trip.', ['health']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    "Mrs Cole said the policy's adoption was approved by governors.",
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('signs of neglect, an older partner, a family of faith and a union rep', () => {
  it.each([
    ['One of my Year 3s keeps hiding food in her bag and seems very hungry on Mondays.', ['safeguarding']],
    ["Hi Miss, just wanted to say that Chloe's been seeing an 18-year-old lad from the town. She's only 14.", ['safeguarding']],
    ["I'm not happy about my son being taught this in Year 5. As a Christian family we don't agree with it.", ['religious_belief']],
    ["I fully support the teachers who are striking on Thursday - I'm a Unite rep myself.", ['trade_union']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    "Mrs Cole's class is taking food into the food bank on Friday.",
    'Mr Hale said the older boys are meeting up with the Year 7s for the mentoring scheme.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('a child hidden from a parent, counselling attended, and an adult telling of their health', () => {
  it.each([
    ['Please do not use any photos of Aaliyah Khan - we have a safeguarding reason and her dad must not find out where she goes to school.', ['safeguarding']],
    ['Ellie Dawson has been going to the school counsellor weekly since her parents split up.', ['health']],
    ['Met Mrs Lewis today. She disclosed that she is having chemotherapy and may not always be able to do the school run.', ['health']],
    ['Ruby Lane disclosed that she is having nightmares about her stepdad.', ['safeguarding']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
});

describe('a cause worn as a badge, and a concern passed to the Prevent lead', () => {
  it.each([
    ['A parent has complained that Mr Evans wore a "Free Palestine" badge during lessons.', ['political_opinion']],
    ['During the debate, Zack Morgan said he supports Britain First. I have logged it and informed the Prevent lead.', ['political_opinion', 'safeguarding']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each(['Please contact the Prevent lead, Mrs Cole, with any questions about the training.'])('not: %s', (text) =>
    expect(typesOf(text)).toEqual([]));
});

describe('given names that are also words, before a surname that is one too', () => {
  it.each([
    ['Liberty Hall is on a child protection plan.', ['safeguarding']],
    ['Destiny Brown has an EHCP.', ['special_educational_needs']],
    ['Destiny Brown has a learning difficulty.', ['special_educational_needs']],
    ['Blessing Okafor in Year 4 has sickle cell disease.', ['health']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each(['Holly Lodge has a new manager who has diabetes awareness training.'])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('physio in short', () => {
  it('is treatment when someone has it', () =>
    expect(typesOf("Mrs Patel can't do Friday duty any more because of her physio appointments - can someone swap?")).toEqual(['health']));
  it('not the job', () => expect(typesOf("Mr Hale said the club's physio for the match is booked.")).toEqual([]));
});

describe('injuries, casts and glasses', () => {
  it.each([
    "Hi, Oliver won't be able to run in sports day as he's just had his cast taken off after breaking his leg.",
    'The school vision screening found that Alfie Dean may need glasses.',
    'Mrs Cole is in a cast for six weeks.',
  ])('%s', (text) => expect(typesOf(text)).toEqual(['health']));
  it.each(["Mrs Cole said the school play's cast list is on the board.", 'Mr Reed and his cast rehearsed all weekend.'])('not: %s', (text) =>
    expect(typesOf(text)).toEqual([]));
});

describe('a young carer put in the group, and a plan that is not for a need', () => {
  it.each([
    ['Hi, could we add Maddie to the young carers group? She looks after her younger brother most evenings.', ['safeguarding']],
    ['Attendance meeting with Mr and Mrs Lyle re: Sam (Y5). Reasons given: illness (asthma flare-ups). Agreed an attendance support plan.', ['health']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each(['The young carers group meets every Thursday, said Mrs Cole.', 'Mrs Cole will join the young carers group leaders at the conference.'])(
    'not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe("someone's own burnout, place of worship, physio and cast", () => {
  it.each([
    ['Mr Foster has set up a staff wellbeing group. He said that after his own experience of burnout last year, he wants colleagues to get support early.', ['health']],
    ['Mrs Kaur will lead the Sikhism unit in Year 4 and has offered to bring in artefacts from her gurdwara.', ['religious_belief']],
    ["Tom Reed's mosque runs a homework club.", ['religious_belief']],
    ["Mrs Patel's physio is on Tuesdays.", ['health']],
    ["Oliver Reed's cast came off on Monday.", ['health']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    "The carol service is at St Mary's church on Friday, said Mrs Cole.",
    "Mrs Cole said the school's church is being repaired.",
    'Staff burnout is a risk, Mr Hale said.',
    'Nurse Helen Wright from the paediatric diabetes team will train staff on insulin pumps on Monday.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('a child classed as missing', () => {
  it('is a safeguarding matter', () =>
    expect(typesOf('Lacey Grant (Y9) did not arrive at school today. Police have been informed and she is now classed as missing.')).toEqual(['safeguarding']));
});

describe('what the writer did about a concern, and a toileting plan', () => {
  it.each([
    ['A dinner lady overheard Evie Marsh (Y5) telling friends something worrying. I have written it down word for word and passed it to the DSL immediately.', ['safeguarding']],
    ['Thanks for the toileting plan for Jude. His mum has agreed to send spare wipes in his bag.', ['health']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each(['Mrs Cole has updated the intimate care policy and the toileting plan template.'])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('a same-sex relationship said with the sexes, and a word used as an insult', () => {
  it('is about the one who has it', () =>
    expect(typesOf('Ms Barker has been told by a student that she is in a relationship with a female classmate.')).toEqual(['sex_life']));
  it.each(['Toby Dean has been called "gay" repeatedly by a group of boys in his class. He says he is not gay but it is upsetting him.'])(
    'not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it('still when someone says they are', () => expect(typesOf('Tom Reed told me he is gay and has not told his parents.')).toEqual(['sex_life']));
});

describe('a referral to the nurture group, and a parent who smelt of alcohol', () => {
  it.each([
    ["I'd like to refer Finley Shaw (Y2) to the nurture group. He finds transitions very hard.", ['special_educational_needs']],
    ['Dad smelt strongly of alcohol at pick-up today and was unsteady. He drove off with Ruby and Max in the car.', ['safeguarding']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each(['Mrs Cole will refer families to the nurture group leaflet.', 'Mrs Cole said the hall smelt of alcohol after the PTA quiz.'])(
    'not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('a code as the first note after a name on a list line', () => {
  it.each([
    ['Notes from the visit:\nBella Frost - PP, no concerns.\nCody Ashworth - CIN, social worker Ms Paul.', ['free_school_meals', 'safeguarding']],
    ['Aaron Webb - very anxious. Bella Frost - PP, no concerns.', ['free_school_meals']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each(['Signed Jane Smith - PP for Mrs Cole.'])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('a biometric consent letter to every parent', () => {
  it('is about no one', () =>
    expect(typesOf('We use fingerprint recognition for the cashless catering system. We need written consent from a parent before we can process your child\'s biometric data.')).toEqual([]));
  it('unlike a named child\'s template', () =>
    expect(typesOf("We hold Riya Shah's fingerprint template for the canteen and will delete it.")).toEqual(['biometric_genetic']));
});

describe('a student writing of themselves, and a conviction declared', () => {
  it.each([
    ['I am a care leaver and I wanted to know if I can get help with travel costs. I left care when I was 16.', ['looked_after']],
    ["During Ramadan I'll be fasting. Is it possible to sit my afternoon exams in the morning instead?", ['religious_belief']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each(['I am a care leaver mentor and run the group with Mrs Cole.', 'I will be celebrating with Year 2 at the Diwali assembly.'])('not: %s', (text) =>
    expect(typesOf(text)).toEqual([]));
});

describe('sleep problems', () => {
  it.each(["Thank you for letting us know about Arthur's night terrors. We will keep an eye on how tired he is.", "Mrs Cole said Amy Hart's sleep problems are getting worse."])(
    '%s', (text) => expect(typesOf(text)).toEqual(['health']));
  it.each(['Mrs Cole gave a talk on sleep and screens to Year 7 parents.'])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('codes in brackets after a name, and a colour as a people', () => {
  it.each([
    ['PPM notes for 5J: Aisha (PP) - below ARE in writing. Ben Hart (SEN K) - on track.', ['free_school_meals', 'special_educational_needs']],
    ['Seating plan 10X1\nRow 1: Ben, Chloe, Dev, Ella\nRow 2: Finn, Grace, Hari, Isla (sits at front - VI)', ['special_educational_needs']],
    ['Dear Mr Osei, I have investigated your concern that your son was treated differently because he is Black.', ['racial_ethnic_origin']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    'Mrs Hall (SEN) will run the group.',
    'Mr Hale (PP lead) will present.',
    'Mrs Cole said the board is black.',
    // a member of staff's title and name: the code is their role
    'Leads for the review: Mrs Hall (PP), Mr Fox (CP) and Ms Kaur (PP, attendance).',
    'Mrs Hall - PP, attendance and the breakfast club budget.',
    'Mr Fox - CIN, attendance and the parent workshops.',
    'Mrs Hall (cover - HI) will take 9Y2.',
    'Henry (Act VI) is the set text for Year 12.',
  ])('not: %s', (text) =>
    expect(typesOf(text)).toEqual([]));
});

describe('a knock to the head, and the counsellor reporting on someone', () => {
  it.each([
    'Harry Green (Y3) was pushed over by an older pupil and hit his head on the bench. Head bump letter sent home.',
    'The counsellor has said that Jaden (Y10) is making good progress and will move to fortnightly sessions.',
  ])('%s', (text) => expect(typesOf(text)).toEqual(['health']));
  it.each(['The counsellor says that all Year 7s are welcome at the drop-in, Mrs Cole said.'])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('signs of neglect a child shows', () => {
  it('counts', () =>
    expect(typesOf('Freddie Hill (Y2) has come in with the same clothes for the fifth day running and smells of urine.')).toEqual(['safeguarding']));
  it('in the same clothes day after day', () =>
    expect(typesOf('Freddie Hill (Y2) has come in with the same clothes for the fifth day running.')).toEqual(['safeguarding']));
  it.each(['Mrs Cole said the changing room smells of damp.', 'All pupils wear the same uniform every day, said Mr Hale.'])('not: %s', (text) =>
    expect(typesOf(text)).toEqual([]));
});

describe('a referral to the counsellor, and a robbery as a child tells it', () => {
  it.each([
    ['Dear Mr and Mrs Adebayo,\n\nThank you for meeting with us. As agreed:\n- Tobi will have a time-out card he can use in lessons.\n- We will refer him to the school counsellor.', ['health']],
    // a child robbed is violence suffered, as "was mugged" is
    ['A group of Year 9 boys followed Oliver home. As his phone was taken by force, we have informed the police.', ['safeguarding']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each(['Mrs Hall will refer them to the counselling policy on the website.', 'The castle was taken by force in 1644, Mr Reed told Year 8.'])('not: %s', (text) =>
    expect(typesOf(text)).toEqual([]));
});

describe('a concern or condition said to be none, and safeguarding concerns about someone', () => {
  it.each([
    ['There are safeguarding concerns about Amy Hart.', ['safeguarding']],
    ['Mrs Cole raised two safeguarding issues about Tom Reed at the meeting.', ['safeguarding']],
    ['Tom Reed has no known allergies other than nuts.', ['health']],
    ['Jack Lowe is no longer eligible for free school meals.', ['free_school_meals']],
    ['Kai Moss is entitled to the holiday food vouchers.', ['free_school_meals']],
    ['Leo Fox is known to children\'s social care.', ['safeguarding']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    'There are no safeguarding concerns about Amy Hart.',
    'If you have any safeguarding concerns about a child, speak to Mrs Cole.',
    'Mrs Cole reviewed the safeguarding incidents log for the governors.',
    'Tom Reed has no known allergies or medical conditions.',
    'Jack Lowe is not eligible for free school meals.',
    'Amelia Cole is not on free school meals but the family are struggling financially.',
    'Mrs Cole said any child on FSM can have a free place at breakfast club.',
    "I can confirm that Leo Fox is not known to children's social care.",
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('at the hospital with a relative', () => {
  it('is the relative\'s health', () =>
    expect(typesOf('Miss Dale is at the hospital with her daughter, who was admitted last night, so please keep an eye on 3D.')).toEqual(['health']));
  it.each(['Mrs Dale took Year 5 to the hospital with her class for the science careers day.'])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('someone put on a biometric system', () => {
  it('is their biometric data', () =>
    expect(typesOf('Dear parent, your child Leah Moss has now been registered on the biometric cashless catering system.')).toEqual(['biometric_genetic']));
  it.each(['Mrs Cole said the biometric cashless catering system will be upgraded in January.'])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('a fixed penalty for an offence, and the police taking no further action', () => {
  it.each([
    'Ben Lowe received a fixed penalty notice for graffiti on the bus shelter.',
    'Police have confirmed that no further action will be taken against Mr Harris.',
  ])('%s', (text) => expect(typesOf(text)).toEqual(['criminal_offence']));
  it.each([
    'Mrs Cole explained that a fixed penalty notice for term-time holidays is £80 per parent.',
    'After the investigation, no further action will be taken against Tom Reed, said Mrs Cole.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('needs as people say them', () => {
  it.each([
    ['Freddie Clarke struggles with his fine motor skills and has been referred to OT.', ['health']],
    ['dear teacher my son Adam is in class 4 he is have problem with his heart the doctor say he cannot do sport', ['health']],
    ['We think Arjun might be on the spectrum; mum is keen to get him assessed.', ['special_educational_needs']],
    ['Riley Ward uses a laptop in lessons because of his dysgraphia.', ['special_educational_needs']],
    ['Mia Cooper has a radio aid for lessons.', ['special_educational_needs']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each(['Mrs Cole said opinions on the spectrum of views were welcome.', 'Tom Reed did 6 hours OT and was referred to HR.', 'Tom Reed had a problem with his bike on the way in.'])('not: %s', (text) =>
    expect(typesOf(text)).toEqual([]));
});

describe('going to Mass', () => {
  it('is a faith practised', () =>
    expect(typesOf("Dear Mrs Walsh, thank you for the SIF for Niamh Walsh. The priest's reference confirms that the family attend Mass weekly.")).toEqual(['religious_belief']));
  it.each([
    'Mrs Cole said staff will attend mass meetings about the pay offer.',
    'Year 6 will attend Mass with Mrs Hall as part of the RE unit.',
    'Year 6 will attend church with Mrs Hall on Friday.',
    "Class 3 walked to St Mary's Church with Mr Reed for the harvest service.",
  ])('not: %s', (text) =>
    expect(typesOf(text)).toEqual([]));
});

describe('a cause joined or backed', () => {
  it.each([
    'Amira Hassan (Y10) was among the pupils who walked out to join the climate strike on Friday.',
    "Mr Patel's social media posts supporting Palestine Action have been reported to the head.",
  ])('%s', (text) => expect(typesOf(text)).toEqual(['political_opinion']));
  it.each(['Mrs Hall will teach Year 9 about the climate strike movement.', 'Year 12 studied why the government proscribed Palestine Action, said Mr Reed.'])('not: %s', (text) =>
    expect(typesOf(text)).toEqual([]));
});

describe('safeguarding reasons given after the names', () => {
  it('are theirs', () =>
    expect(typesOf('Hi Jenny, for the photo day please do not photograph the following pupils: Ava Kent (4R), Leo Marsh (2T). There are safeguarding reasons.')).toEqual(['safeguarding']));
  it.each(['Visitors must sign in at reception, Mrs Hall said. There are safeguarding reasons for this rule.'])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('staff absence for treatment', () => {
  it.each([
    'Hi Jo, Mrs Bryant will be off next week for a minor procedure. Could you arrange cover for 5B? Thanks, Anna',
    'Dear Ms Fraser, following your meeting with occupational health, your phased return will begin on Monday 11 January.',
  ])('%s', (text) => expect(typesOf(text)).toEqual(['health']));
  it.each([
    'Mrs Bryant explained the complaints procedure to the governors.',
    'Mrs Cole said the school will plan a phased return for all pupils in September.',
    'Dear Ms Fraser, your phased return from maternity leave will begin on Monday.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it('a return after a suspension is not health', () => expect(typesOf("Mrs Cole will plan Tom Reed's phased return after his suspension.")).toEqual(['exclusion']));
});

describe('kept apart from lessons or from an activity, and a pupil\'s reinstatement', () => {
  it.each([
    'We have had to isolate Mason Reed in the inclusion room for the rest of the week.',
    'The governors will meet on 14 December to consider the reinstatement of Aaron Lee.',
  ])('%s', (text) => expect(typesOf(text)).toEqual(['exclusion']));
  it.each(['Tyler Grant has been excluded from the Year 6 residential because of his behaviour.', 'Mrs Cole said the bus route reinstatement is welcome.'])(
    'not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('a child placed with carers, a family court order, and the school\'s children in care', () => {
  it.each([
    ['Ruby Kent has recently been placed with new carers in Bolton.', ['looked_after']],
    ['Harper Lewis lives with her nan under a child arrangements order after her parents split.', ['safeguarding']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    'The virtual school head, Ms Dunn, has asked for the attendance of our CLA.',
    'Ms Dunn has asked for the attendance figures of our CLA.',
    'Mrs Cole is a young carer support worker and runs the carers group.',
  ])(
    'not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('gender identity questioned, and an adult telling of their relationship', () => {
  it('is sex_life', () => expect(typesOf('Tom Reed is questioning his gender identity and would like to be called Tia at school.')).toEqual(['sex_life']));
  it.each([
    'Mr Dixon has disclosed that he is in a relationship with a colleague, and we have updated the conflict of interest register.',
    'Mrs Hall updated the policy on gender identity and sexual orientation data.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('a union delegate or learning rep', () => {
  it.each(['Tom Reed attended the GMB branch meeting as a delegate.', 'Union learning rep Kath Moss is running a maths course for support staff.'])('%s', (text) =>
    expect(typesOf(text)).toEqual(['trade_union']));
  it.each(['Tom Reed went to the Model UN conference in York as a delegate.', 'The NEU branch meeting is open to all staff, Mrs Hall said.'])('not: %s', (text) =>
    expect(typesOf(text)).toEqual([]));
});

describe('signs of abuse and exploitation said in other words', () => {
  it.each([
    "Aaliyah Begum's older sister was taken to Pakistan last summer and married; Aaliyah is worried the same will happen to her.",
    'Mia Johnson has been talking to a man she met on Snapchat who has asked her to send photos.',
    "Jess Cole's mum said there was an incident at home at the weekend and the police were called.",
    'Noah Hall is often left at home alone overnight while mum works nights.',
    'Ayan Osman has been watching extremist videos and talking about joining a group online.',
    'Priya Kaur\'s family are planning a trip to "have her cut" during the summer, according to her cousin.',
    'Kaden Ross has been carrying large amounts of cash and was found with two phones.',
  ])('%s', (text) => expect(typesOf(text)).toEqual(['safeguarding']));
  it.each([
    'Mrs Hall went to Spain and married Mr Hall in 2010.',
    'Mrs Hall has two phones, one for work and one for home.',
    'Mrs Hall carries large amounts of cash to the bank after the summer fair.',
    'The police were called to the house fire on Elm Street, Mr Reed said.',
    'Tom Reed was left alone in the classroom for a minute.',
    'Mrs Hall will get her hair cut during the holidays.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it('not a class shown propaganda in a lesson', () =>
    expect(typesOf('The Year 10 group watched far-right propaganda clips from the 1930s in history, said Mr Reed.')).not.toContain('safeguarding'));
});

describe('symptoms and treatment noticed in school', () => {
  it.each([
    'We noticed that Aiden Cole has been very thirsty and going to the toilet a lot; mum will take him to the GP.',
    'Oscar Hunt came back from the dentist with a swollen face after an extraction.',
    'Isla Webb will need to use the lift for the next six weeks while her leg is in plaster.',
  ])('%s', (text) => expect(typesOf(text)).toEqual(['health']));
  it.each(['Mrs Hall will take them to the hospital radio studio on the trip.', 'Mr Reed will take them to the hospital museum on the Year 5 trip.', 'Tom Reed played the doctor in the school play; his arm was in the air for the final bow.'])(
    'not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('a nationality, and a letter translated for someone', () => {
  it.each([
    'Lena Schmidt is a German national and will need a visa letter for the trip to the USA.',
    'Please could you send Mr Ahmed an Urdu translation of the letter?',
  ])('%s', (text) => expect(typesOf(text)).toEqual(['racial_ethnic_origin']));
  it.each(['Tom Reed is a British citizen, Mrs Hall confirmed for the passport form.', 'Tom Reed is a French citizen of the world, he likes to say.', 'Mrs Hall said the newsletter is on the website.'])('not: %s', (text) =>
    expect(typesOf(text)).toEqual([]));
});

describe('the reader told of their own illness', () => {
  it('is them', () =>
    expect(typesOf("Hi Karen, sorry to hear you're still unwell. Please don't worry about the reports, Sam will cover them.")).toEqual(['health']));
  it.each(['If you are unwell, please stay at home.', 'Whenever you are ill, please ring the absence line.', 'Mrs Hall said you are ill-prepared for the audit.'])('not: %s', (text) =>
    expect(typesOf(text)).toEqual([]));
});

describe('a condition said to be the reader\'s, in mail greeting them by their given name', () => {
  it.each([
    ['Hi Sam, your Access to Work assessment is booked. The assessor will look at the software you need for your dyslexia.', ['special_educational_needs']],
    ['Hi Claire, hope your recent surgery went well and you are resting.', ['health']],
    ['Dear Sam, sorry to hear about your diabetes diagnosis.', ['health']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    'Hi Amy, your diabetes talk to Year 9 was great.',
    'Hi Ben, your dyslexia screening for Year 7 needs booking.',
    'Hi Ben, is your hearing impaired pupil in the front row?',
    'Hi Sam, can you send me your SEN register by Friday?',
    'Hi Jo, please log your safeguarding concerns on CPOMS as usual.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('a home visit, and a parent in charge of a child while drunk', () => {
  it.each([
    "Home visit to Lucas Grey's address completed. Conditions poor - no food in the fridge, mattress on floor.",
    'Hi, Mia Lane was collected by her dad at 3.15. Dad was clearly drunk and staff kept her until Mum arrived.',
  ])('%s', (text) => expect(typesOf(text)).toEqual(['safeguarding']));
  it.each([
    'Dear parents, please remember that staff will not release a child to any adult who appears under the influence of alcohol.',
    "Home visit to Kai Moore's house: mum says he is sleeping better.",
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('a weakness found by assessment, the neurodevelopmental pathway, and a child privately fostered', () => {
  it.each([
    ['Child: Harrison Blake | Year 3\nCognitive assessment indicates a relative weakness in working memory and processing speed.', ['special_educational_needs']],
    ['We have accepted the referral for Daniel Cook to the Neurodevelopmental Pathway.', ['special_educational_needs']],
    ['Ava Price is on the ND pathway waiting list.', ['special_educational_needs']],
    ['Jamie Cole (Y8) has been privately fostered by his aunt since September.', ['looked_after']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    'Schools must notify the local authority of any private fostering arrangement they become aware of, Mrs Hall reminded staff.',
    'Ms Khan from the neurodevelopmental team will run the parent workshop on Tuesday.',
    'The Neurodevelopmental Pathway criteria changed in April, Mr Reed said.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('faith, politics and pronouns said in other words', () => {
  it.each([
    ['Gareth Evans won\'t be at the social on Friday - he\'s at the Plaid Cymru conference all weekend as a delegate.', ['political_opinion']],
    ['Candidate statement: Sarah Mills. I have two children at the school. I am also a local councillor for the Green Party.', ['political_opinion']],
    ['Hannah Ross was arrested at the Just Stop Oil protest in London yesterday.', ['criminal_offence', 'political_opinion']],
    ['Hi kitchen, can we order kosher meals for Ben Levi on the residential?', ['religious_belief']],
    ["Aisha Noor's mum asked if she can wear a longer skirt and hijab for PE.", ['religious_belief']],
    ["Joel can't play on Saturdays as our family are Seventh-day Adventists.", ['religious_belief']],
    ['Our child Alex Brown would like to be known as Alexa and use she/her pronouns from next term.', ['sex_life']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    'Mrs Hall will order halal meals for Year 6 on the Eid party day.',
    "Mrs Hall will order halal food for Friday's international evening.",
    'Mr Reed will report on the Labour conference announcements on school funding in the staff briefing.',
    'Pupils should wear a blazer and tie with the uniform, Mrs Hall said.',
    "I am a councillor's assistant and will be late.",
    'Mrs Hall\nPronouns: she/her\nPlease use she/her when referring to me in the report, Mrs Hall wrote.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('a reaction to a jab, a burst eardrum, a fingerprint system, pupils of a nationality', () => {
  it.each([
    ['Hi, we have two new Ukrainian pupils, Oksana and Dmytro Kovalenko, starting Monday.', ['racial_ethnic_origin']],
    ['Ella Shaw (8C) felt faint and came out in a rash after her HPV jab today.', ['health']],
    ['Tom Reed had an allergic reaction to penicillin last year.', ['health']],
    ['Hi, Maya Green won\'t be swimming this half term due to a perforated eardrum.', ['health']],
    ['Hi IT, please enrol the following new starters on the fingerprint system for the canteen: Sam Riley, Kate Ross.', ['biometric_genetic']],
    ['Please register Jack Hill on the biometric system.', ['biometric_genetic']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    "Mrs Hall has added money to the fingerprint account for the trip, Tom Reed's dad says.",
    'Mrs Hall said that a rash after the HPV jab is common and parents should not worry.',
    'Mrs Hall will set up the fingerprint readers in the canteen on Monday.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('fiction, a retention rule, and the writer\'s own appointment', () => {
  it.each([
    'We are delighted that author Sita Brahmachari will visit Year 7 to talk about her novel, which explores dementia and family.',
    'Tom\'s review of "The Curious Incident of the Dog in the Night-Time" explored how the narrator\'s autism shapes the story.',
    "Child protection files are kept until the child's 25th birthday.",
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it.each([
    ["Hi, I'm going to be off tomorrow - I've got a hospital appointment for my knee.", ['health']],
    ['Tom Reed wrote a book about his diabetes, which explores his diagnosis.', ['health']],
    ['The CP file for Tyler Dean is attached; child protection files are kept until the 25th birthday.', ['safeguarding']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
});

describe('sent home after a fight, "He\'s PP", a SEND tribunal, a special school place', () => {
  it.each([
    ['Hi, we sent Liam home at lunchtime today after the fight.', ['exclusion']],
    ["Hi, Mason Gill's mum has asked if the trip can be subsidised. He's PP so yes, we'll cover 50%.", ['free_school_meals']],
    ['Hi, the SEND tribunal hearing for Isaac Bell is on 3 June.', ['special_educational_needs']],
    ['Hi, Hannah Wu has been offered a place at Oak Tree Special School from September.', ['special_educational_needs']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    'Mrs Hall will take the choir to sing at the special school on Friday.',
    'Mr Reed from the special school partnership will visit on Monday.',
    'The SEND tribunal guidance has changed, Mrs Hall said.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it('not an exclusion: sent home with a temperature', () =>
    expect(typesOf('Hi, we sent Liam home with a temperature after lunch.')).toEqual(['health']));
});

describe('"looked after" as a verb, harm said as it goes on, a visit to the hospital for a part of someone', () => {
  it.each([
    'Mrs Hall looked after Year 3 while Mr Reed was out.',
    'Thank you to the nurses who looked after Tom Reed so well.',
    "cake sale friday!! all money to the hospice that looked after mrs kemp's mum",
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it.each([
    ['Tom Reed is looked after by Northshire.', ['looked_after']],
    ['Tom Reed is a looked after child.', ['looked_after']],
    ['Name: Tom Reed\nStatus: LOOKED AFTER', ['looked_after']],
    ['Sam H in 10C told Miss Jones someone at home is hurting her.', ['safeguarding']],
    ["fyi jayden won't be in tomoro, hes got the dentist and then the hospital for his eye", ['health']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
});

describe('what a member of staff has done in post', () => {
  it('is no one\'s need', () =>
    expect(typesOf('I am pleased to provide a reference for Miss Laura Finch. She has supported pupils with a wide range of needs, including autism.')).toEqual([]));
  it('but their own relative\'s condition is', () =>
    expect(typesOf('Jake Hill is in Year 9. He has supported his sister, who has epilepsy, with all her appointments.')).toEqual(['health']));
});

describe('case notes and police mail in their own words', () => {
  it.each([
    ['CN: YP presented as low in mood.', ['health']],
    ['Body map completed for AB (Y3): 3 circular marks on left forearm, consistent with cigarette burns.', ['safeguarding']],
    ['URGENT: Chloe Price (Y9) did not return home last night. Police have been informed and are treating her as missing.', ['safeguarding']],
    ['Dear Headteacher, we are investigating an assault that occurred on 14 April outside your school gates. We believe pupil Daniel Hicks may have witnessed it.', ['criminal_offence']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each(['Mrs Ray needs a criminal record check.', 'Mrs Hall wrote the marks on the back of the test papers.'])('not: %s', (text) =>
    expect(typesOf(text)).toEqual([]));
  it('not a criminal record check in the subject line', () => {
    const message = { ...messageOf("Hi, can you confirm whether volunteers on the trip need a DBS? Mrs Ray hasn't got one yet."), subject: 'Criminal record check' };
    message.segments.unshift({ where: 'subject', text: message.subject });
    expect(scoredTypes(detectMessage(message, shippedRules().detector).findings)).toEqual([]);
  });
});

describe('a form naming its subject with their title, pain said where it is, a grazed knee', () => {
  it.each([
    ['Name: Ms Leanne Brooks\nDo you have a disability? Yes - hearing impairment\nCriminal convictions: None', ['health']],
    ['Name: Mr Paul Grey\nDates absent: 3-7 March\nReason: Sickness - back pain', ['health']],
    ['Pupils involved: Jack T, Leah M\nDescription: Jack pushed Leah off the climbing frame. Leah grazed her knee. First aid given.', ['health']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    'Booking form\nContact name: Mrs Hall\nTrip: Year 6 residential\nNotes: three pupils in the group have asthma and will bring inhalers.',
    'Mrs Hall said the new timetable is a pain to organise.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('a safeguarding flag set in a column', () => {
  it('is the row\'s pupil\'s', () => expect(typesOf('Name,Year,Safeguarding flag\nNoah Gill,7,Y\nEmma Fry,7,N')).toEqual(['safeguarding']));
  it('not when no row has it set', () => expect(typesOf('Name,Year,Safeguarding flag\nNoah Gill,7,N\nEmma Fry,7,N')).toEqual([]));
});

describe('trigger words in their everyday senses', () => {
  it.each([
    'Mrs Lee warned that a tropical depression may delay the flight home from the Caribbean trip.',
    "Mrs Khan's phone was charged overnight in the office.",
    'The escape room has a prison theme, said Mr Cole, who booked it for Year 6.',
    'Oakfield won custody of the trophy again, Mrs Hall announced.',
    'The neglected garden will be a project for the eco club, said Mrs Green.',
    'The children sang with gay abandon, said Mrs Hall.',
    'Mrs Hall said there was a pregnant pause after the question.',
    'Tom Reed supports AS Roma.',
    'See section 20 of the staff handbook, Mrs Hall wrote.',
    'Mrs Hall booked an autism-friendly screening at the cinema for the whole school.',
    'Mr Cole said the server crashed again and needs surgery.',
    'The wifi has a virus, joked Mr Cole.',
    'Oscar Finch was excluded from the photo by mistake, sorry!',
    "Jack Bell's fingerprints were all over the clean windows, said Mrs Hall.",
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it.each([
    ['Jack Hill has been charged with theft; his phone was charged at the station.', ['criminal_offence']],
    ['Tom Reed was accommodated under section 20 of the Children Act.', ['looked_after']],
    ['Tom Reed was neglected by his parents.', ['safeguarding']],
    ["Isaac Dunn's fingerprints are used for the library.", ['biometric_genetic']],
    ['Tom Reed has a virus and is off today.', ['health']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
});

describe('HR, DBS and diet mail in its own words', () => {
  it.each([
    ['Dear Ms Barr, the school is willing to offer a settlement agreement to Mr Keith Dolan. His union, the NEU, has been informed.', ['trade_union']],
    ['Hi, the DBS application for Mr Ian Price has been returned with information. Please see the attached disclosure showing a conviction for drink driving in 2015.', ['criminal_offence']],
    ['Mr Hall has two convictions for theft.', ['criminal_offence']],
    ['Special diets for Year 3 trip: Amara Obi (gluten-free, coeliac), Sam Tate (no pork - religious), Lily Wu (vegetarian).', ['health', 'religious_belief']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    'Mrs Hall said the union jack was put up for the jubilee and Tom Reed waved his union flag.',
    'The Year 11 drink driving awareness talk was led by PC Hall.',
    'Mrs Hall checked the enhanced DBS disclosure for Mr Reed; it came back clear.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('being unwell as parents and staff say it', () => {
  it.each([
    'Grace Hill has been poorly with her chest all week.',
    'Ella Fox has been off her food since Monday.',
    'Jack Reed had a fit in PE this morning.',
    "Leo Shaw's sugar levels were high at lunch, so we called mum.",
    'Isla Grant had bloods taken at the hospital yesterday.',
    'Oscar Finch has a scan at the hospital on Tuesday.',
    'Harvey Cole has had several toileting accidents this week.',
    'Sam Tate has been having dizzy spells.',
    'Evie Lamb is waiting for an MRI.',
    'Jacob Miles has been referred to a dermatologist.',
  ])('%s', (text) => expect(typesOf(text)).toEqual(['health']));
  it.each([
    'Mrs Hall had a fit when she saw the staffroom.',
    'Tom Reed had a fit of the giggles in assembly.',
    'Mrs Hall went for a scan of the old photos at the library.',
    'The power cut caused blackouts across the town, Mr Cole said.',
    'The school nurse, Mrs Hall, runs a drop-in for sexual health advice.',
    'Mrs Hall chased the antibiotic resistance article for the Year 12 journal club.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('harm, need, faith and theft as children, parents and staff say them', () => {
  it.each([
    ["Ellie Fox told me her dad throws things when he's angry.", ['safeguarding']],
    ["Leah Price told the TA that mum doesn't feed her at weekends.", ['safeguarding']],
    ["Isla Moore's mum asked us not to tell her ex where they live now.", ['safeguarding']],
    ["Amber Cook said someone at home touched her in a way she didn't like.", ['safeguarding']],
    ['Ben Shaw has a TA with him in every lesson.', ['special_educational_needs']],
    ["Daniel Ortiz is an altar server at St Joseph's.", ['religious_belief']],
    ['Ahmed Raza prays five times a day and needs a quiet space at lunch.', ['religious_belief']],
    ['Mason Fox has been stealing from shops in town.', ['criminal_offence']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    'Mrs Hall has a TA with her in Year 3 this term.',
    "Mr Reed's mum never feeds him vegetables, he joked at the staff lunch.",
    'The children stole the show at the concert, said Mrs Hall.',
    'Tom Reed touched her heart with his speech, said Mrs Hall.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('an EHCP written out, the SEND register, a children\'s home, someone\'s exclusion, a party stood for', () => {
  it.each([
    ['Millie Cross has an Education, Health and Care Plan.', ['special_educational_needs']],
    ['Millie Cross needs an Education, Health and Care needs assessment.', ['special_educational_needs']],
    ['Millie Cross has an Education, Health and care plan.', ['special_educational_needs']],
    ['Ellis Fry is on the SEND register for cognition and learning.', ['special_educational_needs']],
    ["Jordan Lee lives in a children's home in Northtown.", ['looked_after']],
    ['Ollie Dean has been on a part-time timetable since his exclusion.', ['exclusion']],
    ['Mrs Hall stood for the Greens in the council elections.', ['political_opinion']],
    ['Isla Grant is very active in the Young Conservatives.', ['political_opinion']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    "The choir sang at the children's home at Christmas with Mrs Hall.",
    "The Young Labour stall was at the freshers' fair, Mrs Hall said.",
    'Mr Reed ran for the bus.',
    'Mrs Hall updated the SEND register for the governors.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it('an exclusion diet is no exclusion', () => expect(typesOf("Mrs Hall's exclusion diet has helped her eczema.")).toEqual(['health']));
});

describe('asked whether someone has any of a kind', () => {
  it.each([
    'Ryan Holt has applied to join our apprenticeship programme. If he had any special educational needs, please tell us what support he had.',
    'Mia Cole starts on Monday; please let us know whether she has any medical conditions.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it('but more of what someone has is theirs', () =>
    expect(typesOf('Tom Reed joined in May. If he has any more seizures, call 999.')).toEqual(['health']));
});

describe('a walking aid, and a period as a parent writes it', () => {
  it.each([
    'Hi, please can the taxi for Aidan Lowe wait at the side gate? He uses a walking frame and cannot manage the steps.',
    'Hi, Ruby has her period and bad cramps so please excuse her from swimming today.',
  ])('%s', (text) => expect(typesOf(text)).toEqual(['health']));
  it.each(['Mrs Hall has her period of leave in May.', 'Mr Reed has a walking stick collection in his office.'])('not: %s', (text) =>
    expect(typesOf(text)).toEqual([]));
});

describe('staff remits, backgrounds and the school\'s own lists and figures', () => {
  it.each([
    "Mrs Hall's report on exclusions is attached for governors.",
    'Mr Cole will check the allergy list for the Year 6 trip.',
    'Mrs Kaur has a background in speech and language therapy.',
    'Mr Reed previously worked in a pupil referral unit.',
    'Ms Lowe noted that FSM attendance remains below the national average.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it.each([
    ['Please see the report on his diabetes from the consultant, Tom Reed said.', ['health']],
    ['Mia Cole is on the allergy register for nuts.', ['health']],
    ['Tom Reed has a review on Monday for his exclusion.', ['exclusion']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
});

describe('a pupil named with their class, a refuge, a family at the mosque, a referral about weight', () => {
  it.each([
    ['Lacey in 6P had a large bruise on her cheek.', ['safeguarding']],
    ['Mum has now been given a place at the refuge with both girls, so please update their address on file.', ['safeguarding']],
    ["Please excuse Hamza and Aliya on Friday - it's Eid and we will be at the mosque in the morning.", ['religious_belief']],
    ['I am referring Alfie Green (Y2) to the school nurse regarding his weight.', ['health']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    'The RSPB runs a refuge for wildlife near the school, Mrs Hall said.',
    'Year 6 will be at the synagogue on their RE visit with Mrs Hall.',
    'Mrs Hall referred the complaint to governors regarding their uniform policy.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('a fixed-term counted without the word exclusion', () => {
  it('is an exclusion', () =>
    expect(typesOf('Jake Moss (10F) - third fixed-term this year, 2 days for verbal abuse towards a member of staff.')).toEqual(['exclusion']));
  it.each(['Mrs Hall is on her second fixed-term contract.', 'Mr Reed starts his first fixed-term post in September.'])('not: %s', (text) =>
    expect(typesOf(text)).toEqual([]));
});

describe('strategies as a topic, and a relative telling of their arrival', () => {
  it('strategies for a need are a topic', () =>
    expect(typesOf('Thank you for the autism training on Monday. Mrs Lee found the strategies for managing sensory overload very useful.')).toEqual([]));
  it('but strategies for his own condition are his', () =>
    expect(typesOf('Tom Reed uses strategies for his anxiety that the counsellor taught him.')).toEqual(['health']));
  it('a relative telling of their arrival', () =>
    expect(typesOf('Her grandad talked about arriving from Jamaica in 1958.')).toEqual(['racial_ethnic_origin']));
  it('not a story a class read', () => expect(typesOf('Year 5 read a story about arriving from Jamaica, said Mrs Hall.')).toEqual([]));
});

describe('a reader allowed for exams, and a Reception child named with their class', () => {
  it.each([
    ["Hi Mrs Dhillon, I've checked with the LA and Zac Hughes can have a reader for the maths papers as it's his normal way of working.", ['special_educational_needs']],
    ['Ava in Reception has a severe nut allergy; her EpiPens are in the red bag in the classroom.', ['health']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it('not a reader for an assembly', () => expect(typesOf('Year 1 will have a reader for the assembly on Friday, Mrs Hall said.')).toEqual([]));
});

describe('notes in haste: an exclusion said as known, a stomach ache, PP money for a pupil, deported back', () => {
  it.each([
    ["Can't take Kai on the trip - he's on a behaviour contract after the exclusion. Sorry!", ['exclusion']],
    ['Just to say Ayesha was in the medical room for most of period 2 - bad stomach ache. Mum called, she is going home.', ['health']],
    ['Hi, can I use PP money to buy a calculator for Tyler R? His family cannot afford one.', ['free_school_meals']],
    ["Sam's dad has been deported back to Albania. Sam is obviously very upset.", ['racial_ethnic_origin']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    'The PP budget for Year 7 is £20,000, Mrs Hall said.',
    'After the exclusion of outliers, the results improved, Mr Reed said.',
    'Mrs Hall said the suspension of the trip was a shame.',
    'Mr Reed said the new printer is a real headache.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('play therapy someone has, and sex a child is made to have', () => {
  it.each([
    ['Harper Lane has been referred for play therapy following the death of her mum.', ['health']],
    ['Tom Reed has play therapy on Tuesdays.', ['health']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it('a child made to have sex is safeguarding', () =>
    expect(typesOf("A Y8 girl told her tutor that she is being made to have sex with her boyfriend's friends.")).toContain('safeguarding'));
  it('a part in a play is still no one\'s', () => expect(typesOf('Ruby Hart played a nurse in the nativity.')).toEqual([]));
});

describe('an appointment with a clinician, and the writer ill overnight', () => {
  it.each([
    'Hi, please can Amelia leave at 2pm on Thursday for her orthodontist appointment? Thanks, Gemma',
    'Mrs Hall has a dentist appointment on Monday, so Year 3 will have cover.',
    "Hi Jan, I'm sorry but I won't be in today, I've had a migraine all night. Work for 10C is on Teams. Thanks, Rob",
  ])('%s', (text) => expect(typesOf(text)).toEqual(['health']));
  it('not reminders the school sends', () => expect(typesOf('The eye appointment reminders go out today, Mrs Hall said.')).toEqual([]));
});

describe('injuries in the perfect and the plural, grommets by their operation, drugs someone carries', () => {
  it.each([
    ['Grace Whitfield has broken her wrist so she will score instead of playing.', ['health']],
    ["Oscar Bentley can't get his ears wet after his grommets op last week.", ['health']],
    ["Sam Fletcher won't play contact this term as he's had two concussions since September.", ['health']],
    ['Intelligence from the police suggests Jordan Wells is being used to carry drugs for an older group.', ['criminal_offence']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it('not a broken thing', () => expect(typesOf('Grace Whitfield has broken the laminator again.')).toEqual([]));
});

describe('the writer in their union and on strike', () => {
  it.each([
    "Just to confirm, I'll be striking on 1 March. Thanks, Joe Baxter",
    "I've been an NEU member since 2015. Thanks, Joe Baxter",
  ])('%s', (text) => expect(typesOf(text)).toEqual(['trade_union']));
  it.each([
    "Mrs Hughes's artwork will be striking on the wall.",
    "Tom Reed said I'd be striking a match for the candles.",
  ])('not what something will be: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('two names opening a sentence after a greeting, a family by its surname, what the writer makes of a case', () => {
  it('two names after the greeting are the subject', () =>
    expect(typesOf('Hi, Adam and Sara Malik will be off on Wednesday for Eid. Thank you.')).toEqual(['religious_belief']));
  it('but two people greeted are still greeted', () =>
    expect(typesOf('Hi, Adam and Sara Malik, the Eid assembly is on Friday.')).toEqual([]));
  it('a family by its surname and children', () =>
    expect(typesOf('The next Team Around the Family meeting for the Jones children will be on 9 May at school.')).toEqual(['safeguarding']));
  it('not children by their class', () => expect(typesOf('The Reception children have asthma awareness on Monday.')).toEqual([]));
  it('what the writer makes of the case just told', () =>
    expect(typesOf('We have just found out that Kacper Nowak has been living with a family friend since September while his parents are in Poland. This may be a private fostering arrangement.')).toEqual(['looked_after']));
  it('not what may be a good idea', () =>
    expect(typesOf('Thanks to Tom Reed for the leaflets. This could be useful for parents of children with autism.')).toEqual([]));
});

describe('a figure a class studies, and needs said as their specialists and difficulties', () => {
  it.each([
    'Year 7 are studying Frida Kahlo, who painted through chronic pain after a bus accident.',
    'Year 9 are reading about Stephen Hawking, who had motor neurone disease.',
  ])('a figure studied is a topic: %s', (text) => expect(typesOf(text)).toEqual([]));
  it('but a pupil whose file is studied is spoken of', () =>
    expect(typesOf("The EP is studying Tom Reed's file before his autism assessment.")).toEqual(['special_educational_needs']));
  it.each([
    ['Riley Barker has a diagnosis of PDA and struggles with demands.', ['health', 'special_educational_needs']],
    ["The QTVI is visiting on Friday to assess Daniel Frost's reading materials.", ['special_educational_needs']],
    ['Patient: Jacob Harris. Referred to community paediatrics for assessment of attention difficulties.', ['health', 'special_educational_needs']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it('not a device', () => expect(typesOf('Tom Reed left his PDA on the bus.')).toEqual([]));
});

describe('a protest someone will attend, and off with a bad back', () => {
  it.each([
    ["Please can Oscar Dale have Friday off to attend the climate strike with his dad?", ['political_opinion']],
    ["Kev's off with his back again so need someone for lunch duty on the field", ['health']],
    ['Mrs Hall is off again with her knee, so Year 3 have supply.', ['health']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each(['Tom Reed ran off with his head down after the match.', 'Tom Reed went off with his dad at 3pm.'])(
    'not someone leaving: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('a pupil working in the reflection room for what they did, treatment at hospital, a new starter from abroad', () => {
  it.each([
    ['Tyler Hunt will be working in the reflection room tomorrow following his behaviour in science today.', ['exclusion']],
    ['Zainab Begum missed school for her hospital treatment in October.', ['health']],
    ['We have two new starters in Year 3: Maja Kowalski, who joins us from Poland and speaks some English, and Theo Grant.', ['racial_ethnic_origin']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    'Mrs Hall will be working in the reflection room tomorrow to update the behaviour displays.',
    'Mrs Hall asked whether hospital treatment counts as authorised absence.',
    "Theo Grant joins us from St Mark's in Year 3.",
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('allergens in brackets in a list of allergies, and what someone provided', () => {
  it('an allergen after each name', () =>
    expect(typesOf('Please see the allergy list for the Year 4 picnic: Mila Stone (dairy), Jack Dunn (egg), Ava Lam (sesame).')).toEqual(['health']));
  it.each([
    'The allergy menu for the picnic: sandwiches (egg), wraps (dairy), cake (nuts), provided by Mrs Hall.',
    'The picnic menu: sandwiches (egg), wraps (dairy), from Mila Stone.',
  ])('not a menu: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('less common conditions, and mood and distress as parents describe them', () => {
  it.each([
    'Tom Reed has Perthes disease.',
    'Tom Reed has a hole in the heart.',
    'Tom Reed has whooping cough.',
    'Tom Reed has a dairy intolerance.',
    'Tom Reed has low iron.',
    'Tom Reed has thrush.',
    'Mia Lowe has been really low lately.',
    "Mia Lowe's mum rang. She's been really low lately.",
    'Mia Lowe has been talking about ending his life.',
    'Mia Lowe has been hearing voices.',
    'Mia Lowe is under the crisis team.',
    'Mia Lowe is refusing to eat.',
    "Mia Lowe's dad has a drinking problem.",
    'Mia Lowe has emotionally based school avoidance.',
  ])('%s', (text) => expect(typesOf(text)).toEqual(['health']));
  it.each([
    'Tom Reed saw a thrush in the garden during the RSPB birdwatch.',
    "Tom Reed's attendance has been very low lately.",
    'Tom Reed refuses to eat vegetables at lunch.',
    'The trip was a nightmare, Mrs Hall said; the coach broke down twice.',
    'Tom Reed drinks a lot of water after PE.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('a social worker someone has, neglect as it looks, proceedings to come, a thing stolen, an activist', () => {
  it.each([
    ['Tom Reed has a social worker.', ['safeguarding']],
    ['Tom Reed is often hungry and unwashed.', ['safeguarding']],
    ['Tom Reed lives with a parent who misuses drugs.', ['health']],
    ['Tom Reed is awaiting trial.', ['criminal_offence']],
    ['Tom Reed stole a phone from a pupil.', ['criminal_offence']],
    ['Tom Reed is an activist with Extinction Rebellion.', ['political_opinion']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    'Mrs Hall is a social worker by training and now teaches Year 4.',
    'Tom Reed is always hungry after football.',
    'Tom Reed stole the show as the Wolf in the play.',
    'Tom Reed stole a glance at the answers.',
    'Mrs Hall said the fingerprint scanner on the door is broken.',
    "Tom Reed's phone was stolen from the changing room.",
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('what one person thinks or wants, one of my tutees, and a rule for a pupil who...', () => {
  it.each([
    ["A Y10 girl came to see me today. She thinks she might be pregnant and doesn't want her parents to know.", ['health']],
    ['Hi, I wanted to flag that one of my tutees is self-harming.', ['health', 'safeguarding']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    'If a pupil feels unwell, he or she should tell a member of staff. If she thinks she might be having an allergic reaction, staff should call 999.',
    'A pupil who is suspended will be set work. He or she must not be in a public place during school hours.',
  ])('not a rule for any pupil: %s', (text) => expect(typesOf(text)).toEqual([]));
  it('but one child the writer has is theirs', () =>
    expect(typesOf('We have a child starting in Reception who has an EHCP for cerebral palsy.')).toEqual(['health', 'special_educational_needs']));
});

describe('someone thanked, with a clause of what they brought or celebrate', () => {
  it('is spoken of', () =>
    expect(typesOf('Thank you to Mrs Sharma, who brought in sweets and told Year 2 how her family celebrates Diwali.')).toEqual(['religious_belief']));
  it('not someone thanked for a visit', () =>
    expect(typesOf('Thank you to Mrs Sharma, who brought in sweets for the Diwali assembly.')).toEqual([]));
});

describe('safeguarding as a heading over a pupil\'s name, and staff said to hold a role', () => {
  it.each([
    ['Safeguarding - Lily Ward (Y3)\nCan we meet at 3.15?', ['safeguarding']],
    ["Child protection: Tom O'Neill\nNotes attached.", ['safeguarding']],
  ])('%j', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    'Safeguarding: Our DSL is Mrs Hall and our deputy DSL is Mr Dean.',
    '4. Safeguarding - Mrs Hall\n5. Any other business',
    'Child protection - Mrs Hall is the designated lead.',
    'For child protection concerns, Mrs Hall is the designated lead.',
  ])('not a section naming its lead: %j', (text) => expect(typesOf(text)).toEqual([]));
  it('a pupil said to be on a plan is still spoken of', () =>
    expect(typesOf('Tom Reed is the subject of a child protection plan.')).toEqual(['safeguarding']));
});

describe("Wales's individual development plan, and a name after 'Hi,' with an adverb before its verb", () => {
  it.each([
    'Hi, Cerys Hughes now has an Individual Development Plan.',
    'Rhian Evans has an IDP and her ALNCo will attend the review.',
  ])('%s', (text) => expect(typesOf(text)).toEqual(['special_educational_needs']));
  it('not internally displaced people', () => expect(typesOf('Mrs Hall visited the IDP camps in Sudan last summer.')).toEqual([]));
});

describe('a dated log entry, and a case social care closed', () => {
  it.each([
    ['15/03 - KP 10T - found vaping in toilets, vape confiscated, parents called. 1 day internal.', ['exclusion']],
    ['SB 9K - NFA following strat, case closed by CSC.', ['safeguarding']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it('not an internal audit', () => expect(typesOf('Mrs Hall says the audit takes 2 days internal and 3 external.')).toEqual([]));
});

describe('a name after "Hi," that came or asked, a name and pronouns asked for, a word used as an insult', () => {
  it.each([
    ['Hi, Chloe Dunn came to see me about the morning-after pill.', ['sex_life']],
    ['Please can you update our records: our child now uses the name Alex and he/him pronouns. Alex Carter, 8T.', ['sex_life']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it('not a word used as an insult about a named pupil', () =>
    expect(typesOf('Jack Evans called Sam Fox "gay" as an insult in PE. Both have been spoken to and parents informed.')).toEqual([]));
});

describe('illness, neglect and specialist places as people say them', () => {
  it.each([
    ['Jacob has been under the weather with a chesty cough.', ['health']],
    ['Poppy Watts has to have her blood sugar checked before lunch.', ['health']],
    ['Freya Hall has been struggling with her eating since Christmas.', ['health']],
    ['Kayla Burns told her TA that mum leaves her alone at night.', ['safeguarding']],
    ['Tyler Moss has been going missing after school and coming home late with new trainers.', ['safeguarding']],
    ["Police attended a domestic at Ellie Price's home last night.", ['safeguarding']],
    ['Harvey Cole arrived with a burn on his hand and gave different explanations.', ['safeguarding']],
    ['Oscar Young attends the speech and language unit three mornings a week.', ['special_educational_needs']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    'Mrs Hall taught Year 8 about domestic science in the 1950s.',
    "Tom Reed's PE kit has gone missing after school.",
    'Please leave him alone, Mrs Hall told Tom Reed.',
    'Mrs Okafor is expecting twins and is due in August.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('said not to be on the SEN register or in care', () => {
  it.each(['Tom Reed is not on the SEN register.', 'Tom Reed is not in care.', "Tom Reed isn't on SEN support."])('%s', (text) =>
    expect(typesOf(text)).toEqual([]));
  it.each([
    ['Tom Reed is no longer in care.', ['looked_after']],
    ['Tom Reed is on the SEN register.', ['special_educational_needs']],
  ])('but %s', (text, types) => expect(typesOf(text)).toEqual(types));
});

describe('a list of the categories themselves, and one named person\'s SEN', () => {
  it.each([
    'Our equality objectives were drafted by Mr Amir Khan and cover race, religion or belief, disability, sex and sexual orientation.',
    'Mrs Patel has submitted the census return, including ethnicity, FSM and SEN fields, for all 412 pupils.',
    "Mrs Hall said Oakfield's SEN provision is outstanding.",
  ])('no one\'s data: %s', (text) => expect(typesOf(text)).toEqual([]));
  it("a named pupil's SEN is theirs", () =>
    expect(typesOf("We discussed Tom Reed's SEN, health and attendance needs at the review.")).toEqual(['special_educational_needs']));
});

describe("a relative said to be disabled", () => {
  it('is health', () => expect(typesOf('Ms Price has applied for flexible working to care for her disabled son.')).toEqual(['health']));
  it('not a bay', () => expect(typesOf('Mrs Hall parked in the disabled bay.')).toEqual([]));
});

describe('an assault course and a scam people are warned of', () => {
  it.each([
    'Tom Reed loved the assault course at the outdoor centre.',
    "Mrs Hall warned parents about a phishing fraud using the school's name.",
  ])('no one\'s offence: %s', (text) => expect(typesOf(text)).toEqual([]));
  it('but a fraud someone was convicted of is', () => expect(typesOf('Mr Dean was convicted of fraud in 2019.')).toEqual(['criminal_offence']));
});

describe('a cold lunch and an MP\'s surgery', () => {
  it.each(['Tom Reed has a cold lunch on Fridays.', "Mrs Hall is holding an MP's surgery style Q&A for parents."])('no one\'s health: %s', (text) =>
    expect(typesOf(text)).toEqual([]));
  it('but a cold someone has is', () => expect(typesOf('Tom Reed has a cold and will stay home.')).toEqual(['health']));
});

describe('given names that are also words, alone before a verb', () => {
  it.each(['River', 'Sky', 'Joy', 'Frank', 'Ray'])('%s has a peanut allergy', (name) =>
    expect(typesOf(`${name} has a peanut allergy and carries an EpiPen.`)).toEqual(['health']));
  it('not the sky', () => expect(typesOf('Sky is grey today, said Mrs Hall, so bring coats.')).toEqual([]));
});

describe('removal from the UK said of someone', () => {
  it.each(["Evie Ward's dad has been deported.", 'Mrs Hall says the Okafor family face deportation next month.'])('%s', (text) =>
    expect(typesOf(text)).toEqual(['racial_ethnic_origin']));
  it('not a history unit', () =>
    expect(typesOf('Mrs Hall said the deportation of the Acadians is in the Year 8 history unit.')).toEqual([]));
});

describe('meals every infant gets, and funding per eligible pupil', () => {
  it.each([
    'Tom Reed gets universal infant free school meals like all Reception children.',
    "All infants get free school meals, so Tom Reed's lunch is covered.",
    'The school received £1,455 per pupil premium child this year, Mrs Hall said.',
  ])('no one\'s eligibility: %s', (text) => expect(typesOf(text)).toEqual([]));
  it('but a means-tested entitlement is', () =>
    expect(typesOf("Tom Reed's family receive universal credit and he gets free meals.")).toEqual(['free_school_meals']));
});

describe("a service at work on one family's case", () => {
  it.each([
    "Subject: Ruby Cole\n\nRuby's mum came in today. The Early Help Team are now working with the family and will visit next week.",
    "The Early Help Team are now working with Ruby Cole's family.",
  ])('%j', (text) => expect(typesOf(text)).toEqual(['safeguarding']));
  it.each([
    'The Early Help team offers parenting courses every term; ask Mrs Hall for details.',
    'The autism outreach team are working with schools across the county, Mrs Hall said.',
  ])('not a service described: %j', (text) => expect(typesOf(text)).toEqual([]));
});

describe('the writer having a small operation, and a child caring for younger siblings', () => {
  it.each([
    ["Hi Jen, I'm having a minor op on Thursday so won't be in. Lesson plans are in the shared area. Sal", ['health']],
    ['There are concerns Kian Booth is caring for his younger siblings while mum is unwell.', ['health', 'safeguarding']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it("not a sister's dog", () => expect(typesOf("Mrs Hall looked after her younger sister's dog at the weekend.")).toEqual([]));
});

describe("both parents, after a sentence naming their child", () => {
  it('is the family\'s', () =>
    expect(typesOf("Could the BSL interpreter for Amira Noor's parents evening be booked for the 5.30 slot? Both parents are deaf.")).toEqual(['health']));
  it('not a welcome to every parent', () =>
    expect(typesOf('Both parents are welcome at the diabetes awareness evening, Mrs Hall said.')).toEqual([]));
});

describe("someone's own counselling, and a nationality by the passport held", () => {
  it.each([
    ["Freya Lamb's weekly counselling sessions will now be on Tuesdays at 10.", ['health']],
    ['Emre Yilmaz will need a visa for the Paris trip as he travels on a Turkish passport.', ['racial_ethnic_origin']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each(["Mrs Hall's counselling course starts in May.", 'Tom Reed has a new passport for the trip.', 'Tom Reed travels on a British passport.'])(
    'not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('an intervention for social communication', () => {
  it('is SEN', () =>
    expect(typesOf('Sophie Lowe is starting the Lego therapy group on Wednesdays to help with her social communication.')).toEqual(['special_educational_needs']));
  it('not a curriculum', () => expect(typesOf('Mrs Hall shared her social communication curriculum with the trust.')).toEqual([]));
});

describe('limited English said of someone', () => {
  it('is as EAL is', () =>
    expect(typesOf('Ms Adeyemi has asked that all letters are also sent in Yoruba as her English is limited.')).toEqual(['racial_ethnic_origin']));
  it('not a grade', () => expect(typesOf("Tom Reed's English is excellent this term.")).toEqual([]));
});

describe('a festival named in two capitalised words', () => {
  it.each(['Noa Levi will be absent on 2-3 October for Rosh Hashanah.', 'Ada Cole will be off on Friday for Guru Nanak Jayanti.'])(
    'is no one\'s name: %s', (text) => expect(typesOf(text)).toEqual(['religious_belief']));
});

describe('an appointment said the other way round, and being at the dentist', () => {
  it.each([
    'Poppy Hart has an appointment at the orthodontist on Tuesday at 10 so will be in late.',
    "Tom Reed's appointment with the GP is at 9.",
    'Poppy Hart is at the dentist this morning.',
  ])('is health: %s', (text) => expect(typesOf(text)).toEqual(['health']));
  it.each(['Mrs Hall has an appointment at the bank on Tuesday.', 'Year 1 will be at the dentist for a visit on Monday, Mrs Hall said.'])(
    'not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('a test or scan on a date', () => {
  it.each(['Tom Reed is having an MRI on the 14th.', 'Tom Reed has a scan on the Monday after half term.'])(
    'is health: %s', (text) => expect(typesOf(text)).toEqual(['health']));
  it('not a scan on the copier', () => expect(typesOf('Tom Reed has a scan on the photocopier to collect.')).toEqual([]));
});

describe('the writer and the reader in HR mail', () => {
  it.each([
    ['Just to let you know that I will be taking part in the NEU strike action on Thursday. Regards, Tom Hughes', ['trade_union']],
    ['Following our conversation, I can confirm your phased return will start on 3 March after your hip replacement.', ['health']],
    ["Hi, I'm having a colonoscopy on the 14th so will need the day off. Mike", ['health']],
    ["Hi Bev, I've been signed off for another two weeks. The doctor says it's labyrinthitis. Sorry. Carol", ['health']],
    ["Can you order the new chair for Julie Wood? It follows her OH assessment for her back.", ['health']],
    ['Ahmed Raza has requested unpaid leave for Hajj from 2 to 20 June.', ['religious_belief']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    'School will be closed to most pupils on Thursday as staff are taking part in the strike action.',
    'Oh, and the report is attached.',
    'If your phased return needs changing, speak to HR.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('support named by what it is for one child', () => {
  it.each([
    ['Hi Sarah, the EP visit for Amelia Stone is confirmed for 3 March. Parents have signed the consent form.', ['special_educational_needs']],
    ['Hi Mrs Lane, just a quick note to say Archie used his now/next board really well today.', ['special_educational_needs']],
    ['Daria Kovalenko speaks Ukrainian and very little English; could EMAS offer an assessment?', ['racial_ethnic_origin']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    'Siobhan, FYI for the EP visit next week.',
    'Tom Reed has no English homework this week.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('proceedings, neglect and grooming as staff log them', () => {
  it.each([
    ["I've been asked to write a character reference for Josh Evans for his sentencing hearing next week.", ['criminal_offence']],
    ['Concern raised by lunchtime supervisor: Jayden Wells repeatedly asking other children for food and hiding bread in his pockets.', ['safeguarding']],
    ['Ruby Cole in 5T told her TA that someone online asked her to send photos of herself and said he was 14.', ['safeguarding']],
    ['13:05 - Kyle Ford found in the toilets with superficial cuts to his forearm. First aid given.', ['health']],
    ['Tobias Hunt has a cast on his leg until the end of the month so he will need the lift.', ['health']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    'Mrs Hall asked them to send photos of themselves in costume for the display.',
    'Tom Reed has a cast of thirty for the school play.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('a title without a colon above record lines', () => {
  it('is about each person listed', () =>
    expect(typesOf('Fixed-term exclusions this half term\nTyler Banks (Y9) 2 days\nKian Moss (Y8) 1 day')).toEqual(['exclusion']));
  it('not above sentences', () =>
    expect(typesOf('Fixed-term exclusions this half term\nTyler Banks will lead the review\nKian Moss will take the minutes')).toEqual([]));
});

describe('a run of sentences that carry a name on by their pronouns', () => {
  const note = (third: string) =>
    `Noah sits at the front by the door. He has an exit card and may leave for five minutes if he shows it; please let him. ${third}`;
  it('reaches past the second sentence', () =>
    expect(typesOf(note('His one-page profile is on the shared drive under Year 8.'))).toEqual(['special_educational_needs']));
  it('not when the run is broken by a sentence without one', () =>
    expect(typesOf('Noah Bell sits at the front. The door sticks. Lunch is at 12. Please read the one-page profiles for the class.')).toEqual([]));
  it('not across a paragraph', () =>
    expect(typesOf('Noah Bell sits at the front. He likes maths. He is in 8Y.\n\nHe will read the one-page profiles next week.')).toEqual([]));
});

describe("getting in touch with children's services about a child", () => {
  it("is safeguarding", () =>
    expect(typesOf("I spoke with the DSL about what Logan said in circle time. She has phoned children's services and they will visit this week.")).toEqual(['safeguarding']));
  it("not about training", () => expect(typesOf("Mrs Hall has phoned children's services about the training next week.")).toEqual([]));
});

describe('words in their other senses, as mailing lists and newsletters use them', () => {
  it.each([
    'Gary Lawrence Murphy asked whether the bug disclosure policy covers the Directory Contents Disclosure Vulnerability.',
    'Ville Lahti wrote: Ok, some more nits: the package does not build without the headers.',
    'Kenneth Pollack was the National Security Council expert on Iraq.',
    'Tom Reed said the lockout was hurting national security.',
    'Dr Ben Horton, a lecturer in physical geography, was the acme of academic caution.',
    'Gartner adds a note of caution concerning the credibility of Tom Reed.',
    'Tom Reed laid the foundation for X-ray astronomy.',
    'Diners at the bar opened by Tom Reed met on blind dates.',
    'Tom Reed has blind faith in the new timetable.',
    'Yesterday Viridiana Cole came to my place and dragged me out to look at the sky.',
    'Tom Reed said the request got shot down at the meeting.',
    'Tom Reed says the AquaPad comes loaded with MS Windows CE.',
    'Tom Reed wrote that Hamza is not representative of British Muslims.',
    'Tom Reed wrote about how religion has a darker side.',
    'Tom Reed said there are many protective mutations in the European genome.',
    'A mix of Indian-style brass bands will play, said Tom Reed.',
    'Judge Tom Reed sits in civil law rather than criminal, and Mr Hill teaches criminal law.',
    'A federal court in Houston issued an injunction barring Emachines from selling products, said Tom Reed.',
    'If you are still receiving this message, email our Abuse department, Tom Reed.',
    'The peace keeping force intervened to arrest the situation, Tom Reed wrote.',
    'Tom Reed protested at the illegal seizure of the islands.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it.each([
    ['Tom Reed is a Polish national.', ['racial_ethnic_origin']],
    ['Amira Khan is Muslim.', ['religious_belief']],
    ['The Singh family are Sikhs.', ['religious_belief']],
    ['Tom Reed is not allowed to celebrate birthdays because of his religion.', ['religious_belief']],
    ['Tom Reed was given a police caution in May.', ['criminal_offence']],
    ['Tom Reed has been sent home with nits again.', ['health']],
    ['Tom Reed had a seizure in PE.', ['health']],
    ['Mum has an injunction against her ex-partner, Tom Reed.', ['safeguarding']],
    ['Tom Reed has MS and uses a wheelchair.', ['health']],
    ['Tom Reed is blind in one eye.', ['health']],
    ['Tom Reed has a criminal record for theft.', ['criminal_offence']],
    ["Tom Reed's genome sequencing results came back.", ['biometric_genetic']],
  ])('still: %s', (text, types) => expect(typesOf(text)).toEqual(types));
});

describe('getting over things that are not illnesses, and economies', () => {
  it.each([
    'Tom Reed sent a guide to the attack and how to recover from it.',
    "Tom Reed noted a corollary to Parkinson's Law.",
    'Tom Reed fears a government-collapsing transfer-payment depression.',
    'Tom Reed is a verbally incontinent columnist.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it.each(['Tom Reed is recovering from pneumonia.', "Tom Reed's grandad has Parkinson's.", 'Tom Reed has depression.'])(
    'still: %s', (text) => expect(typesOf(text)).toEqual(['health']));
});

describe('rules, treaties and beliefs in formal prose', () => {
  it.each([
    'The fact, as prescribed by law, was announced by Mr Tom Reed.',
    'Tom Reed asked that forms are returned within the prescribed period.',
    'Tom Reed said the payment depended on the performance of a condition which could never be met.',
    'Tom Reed fostered a love of reading in Year 3.',
    'Tom Reed holds the settled conviction that the negotiation has gone on too long.',
    'Tom Reed complained of the seizure and confiscation of the merchant vessels.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it.each([
    ['Tom Reed has been prescribed antibiotics.', ['health']],
    ['Tom Reed has a condition which affects his joints.', ['health']],
    ['Tom Reed was fostered by his aunt for two years.', ['looked_after']],
    ['Tom Reed has a conviction for drink driving.', ['criminal_offence']],
  ])('still: %s', (text, types) => expect(typesOf(text)).toEqual(types));
});

describe('a place read as a person', () => {
  it.each(['Diabetes rates in New York are rising fast.', 'Asthma is common in Sierra Leone, the charity says.', 'Knife crime in Milton Keynes rose last year.'])(
    'links no term: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('news, records and feed labels', () => {
  it.each([
    'Julian Barnard will be presented to the court Friday, it was disclosed Tuesday by Horace Davenport.',
    'Tom Reed disclosed in an interview that the firm paid $50,000.',
    'An audit disclosed a shortfall of £2,000, said Tom Reed.',
    'The space program, a responsibility similarly neglected by Mr Tom Reed, will cost more.',
    'Feed 75 milligrams per head daily, Tom Reed advises.',
    'Tom Reed says each bar has 400mg per serving of sodium.',
    'Tom Reed writes of dervishes who stand with the stillness of the blind.',
    'Tom Reed said it would be criminal folly to close the library.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it.each([
    ['Tom Reed disclosed that his stepdad hits him.', ['safeguarding']],
    ['Tom Reed takes 10mg of melatonin at night.', ['health']],
    ['Tom Reed is neglected at home.', ['safeguarding']],
    ['Tom Reed is the blind boy in 4B.', ['health']],
  ])('still: %s', (text, types) => expect(typesOf(text)).toEqual(types));
});

describe('suspended things and the Depression', () => {
  it.each([
    'Tom Reed photographed drops suspended in corn syrup.',
    'Tom Reed had his licence suspended for speeding.',
    'Tom Reed ran a free employment bureau during the depression.',
    'The ball of Tom Reed lodged in a slight depression in the sand.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it.each([
    ['Tom Reed has been suspended for two days.', ['exclusion']],
    ['Tom Reed has struggled with depression since the spring.', ['health']],
  ])('still: %s', (text, types) => expect(typesOf(text)).toEqual(types));
});

describe('offended as upset, exploitation of things, and staff sanctions', () => {
  it.each([
    'Mrs Hall said Tom Reed was quite offended by the joke.',
    'Tom Reed did not appear offended at first.',
    'Tom Reed wrote of a system of progressive exploitation of the colonies.',
    'To add insult to injury, Tom Reed said the dosas were cold.',
    "The arbitrator ruled Tom Reed's penalty should be a two weeks' suspension without pay.",
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it.each([
    ['Tom Reed has re-offended since the court date.', ['criminal_offence']],
    ['Tom Reed is a young offender.', ['criminal_offence']],
    ['Tom Reed is at risk of criminal exploitation.', ['criminal_offence', 'safeguarding']],
    ['There are signs of exploitation around Tom Reed.', ['safeguarding']],
  ])('still: %s', (text, types) => expect(typesOf(text)).toEqual(types));
});

describe('a board game, a Christian college and a language read', () => {
  it.each([
    "Tom Reed loved the board game Traveller's Tour Through Europe.",
    'Tyndale College, where Tom Reed works, is a Christian post-secondary institution.',
    "Tom Reed said the menus are fine if you can't read Chinese.",
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it.each([
    ['Tom Reed is from a Traveller family.', ['racial_ethnic_origin']],
    ['Tom Reed is a Christian.', ['religious_belief']],
    ['Tom Reed is Chinese.', ['racial_ethnic_origin']],
  ])('still: %s', (text, types) => expect(typesOf(text)).toEqual(types));
});

describe("a pupil's document headed with a dash", () => {
  it('is about its pupil', () =>
    expect(typesOf('Pupil profile - Kacper Nowak\nSEN: K (SpLD)\nStrengths: maths, art\nSupport: coloured overlays, extra time')).toEqual(['special_educational_needs']));
  it('not a report for a member of staff', () =>
    expect(typesOf('Report for Mr Hale\nSEN: 42 pupils on the register this term')).toEqual([]));
});

describe('staff shorthand', () => {
  it.each([
    ["FYI - JT 9R now CIN, SW allocated. Pls don't discuss w/ other staff.", ['safeguarding']],
    ['Kian M 11X - 1 day IE tmrw for persistent defiance, then back to timetable.', ['exclusion']],
    ['PP list for Y9 trip subsidy: Aiden P, Layla R, Theo K. Please process.', ['free_school_meals']],
    ['Sam 8W had a nosebleed in maths, sorted, mum aware.', ['health']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each(['The IE room is being repainted over half term.', 'Please check the PP list template on the drive before Friday.', 'Open it in IE for the old form to work.'])(
    'not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('an electoral ward, and the writer standing for election', () => {
  it('not the ward a candidate stands in', () =>
    expect(typesOf('The Green Party candidate for our ward visited Year 6 to talk about how elections work.')).toEqual([]));
  it.each([
    ["Hi, I'm standing as a Green Party candidate in the May elections so may need a couple of afternoons off. Kate", ['political_opinion']],
    ['My ward has been diagnosed with asthma.', ['health']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
});

describe('kicked off, drug policy and neglected duties', () => {
  it.each([
    'Tom Reed was annoyed at being kicked off the mailing list.',
    'Tom Reed said the plan will cut off the supply of drugs to the region.',
    'Tom Reed accused the minister of an extraordinary neglect of the fiduciary responsibilities of office.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it.each([
    ['Tom Reed is scared of being kicked at home.', ['safeguarding']],
    ['Tom Reed was arrested for the supply of drugs.', ['criminal_offence']],
  ])('still: %s', (text, types) => expect(typesOf(text)).toEqual(types));
});

describe('a charity named after a condition', () => {
  it.each([
    "Tom Reed's fundraiser is for the Crohn's and Colitis Foundation.",
    'Tom Reed ran for Cystic Fibrosis Canada and Diabetes UK.',
  ])('is no one\'s condition: %s', (text) => expect(typesOf(text)).toEqual([]));
  it('still: the condition itself', () => expect(typesOf("Tom Reed has Crohn's and colitis.")).toEqual(['health']));
});

describe('gay in its old sense of cheerful', () => {
  it.each(['His wife, Katie Reed, was as gay as a lark.', 'Mary Reed is cheery and gay when her husband comes home.', 'Tom Reed designed a gay, spacious set.'])(
    'not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it('still: said of someone', () => expect(typesOf('Tom Reed has told us he is gay.')).toEqual(['sex_life']));
});

describe("states' names and refugee law", () => {
  it.each([
    'Tom Reed listed Sri Lanka, Sudan and the Syrian Arab Republic.',
    'Tom Reed writes about refugee law and the humanitarian and refugee crises.',
    'Tom Reed is organising Refugee Week events.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it('still: someone who is a refugee', () => expect(typesOf('Tom Reed is a Syrian refugee who arrived in May.')).toEqual(['racial_ethnic_origin']));
});

describe('short forms of given names', () => {
  it('Mo, with a form after it', () =>
    expect(typesOf('Mo (10C) - T1D, pump. Needs to test before PE + lunch. Hypo kit in bag.')).toEqual(['health']));
});

describe('charged with a duty, and a war prosecuted', () => {
  it.each([
    'Mr Tom Reed has been charged with leading the review of the behaviour policy.',
    'Governors, chaired by Tom Reed, are charged with the oversight of the budget.',
    'Tom Reed wrote of the vigorous prosecution of the war.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it('still: charged with an offence', () => expect(typesOf('Tom Reed was charged with assaulting a neighbour.')).toEqual(['criminal_offence']));
});

describe("a machine's fault and misuse of a role", () => {
  it.each([
    'Tom Reed will diagnose the fault with the printer on Monday.',
    'Norton Utilities, says Tom Reed, will diagnose any problem with your system.',
    'Tom Reed called the article an irresponsible abuse of journalism.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it.each([
    ['Tom Reed has been diagnosed with asthma.', ['health']],
    ['Tom Reed has disclosed abuse at home.', ['safeguarding']],
  ])('still: %s', (text, types) => expect(typesOf(text)).toEqual(types));
});

describe('a machine said to be sick', () => {
  it('not: the network', () =>
    expect(typesOf('The network is sick today - everything is slow. Can you reboot the switches? Ta, Leo Grant')).toEqual([]));
  it('still: a person', () => expect(typesOf('Leo Grant is sick today and will not be in.')).toEqual(['health']));
});

describe('prosecuting someone, and carrying a thing on', () => {
  it.each([
    ["Mr and Mrs Dunn have not paid the fixed penalty for Kyle's holiday and the LA is now prosecuting under section 444.", ['criminal_offence']],
    ['Tom Reed said the CPS are prosecuting him.', ['criminal_offence']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    'Boxell looked at Lawrence with a searching glance, the kind that a prosecuting attorney would give.',
    'Mr Stevenson spoke of vessels engaged in prosecuting lawful commerce in the African seas.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('the reader\'s absence, described', () => {
  it('your stress-related absence', () =>
    expect(typesOf('Hi Sam, following your return-to-work meeting after your stress-related absence, we agreed a phased return over four weeks. Regards, HR')).toEqual(['health']));
  it('not: a rule for any absence', () =>
    expect(typesOf('Hi Sam, if your sickness absence lasts more than seven days, please send a fit note. Regards, HR')).toEqual([]));
});

describe('on religious or medical grounds', () => {
  it('is the reason, not a topic', () =>
    expect(typesOf('Mr Hussain asked whether Bilal can be excused from music lessons on religious grounds.')).toEqual(['religious_belief']));
  it('still: a lesson about a topic', () => expect(typesOf('Tom Reed will teach the lessons on religious beliefs.')).toEqual([]));
});

describe('an occasion to come', () => {
  it('a suspension from tomorrow, a sentence after the pupil is named', () =>
    expect(typesOf('During lunch, Oscar Bell (9P) punched another pupil and was sent home. Fixed-term suspension of 2 days from tomorrow; letter to parents tonight.')).toEqual(['exclusion']));
  it('still: a notice after a name', () =>
    expect(typesOf('Tom Reed will lead assembly. Asthma training for all staff is tomorrow after school.')).toEqual([]));
});

describe('force used on a child by staff', () => {
  it.each([
    'Jack Barnes (6R) was restrained by two trained staff today after he tried to leave the site. Bound book completed; parents informed.',
    'Reasonable force was used to move Kai Dean from the corridor when he was kicking the door.',
    'Mia Lowe now has a positive handling plan, agreed with mum on Monday.',
  ])('%s', (text) => expect(typesOf(text)).toEqual(['safeguarding']));
  it.each([
    'Six staff will attend physical intervention training on 4 March; Mrs Dunn (SLT) will book the room.',
    'The use of reasonable force policy was reviewed by governors; Tom Reed proposed no changes.',
    'Mr Hale restrained the dog with its lead while Jane Lee opened the gate.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('an injury reported, a drug found, a court order someone has', () => {
  it.each([
    ['Witness statement - Mr P Grey, 14/11\nI saw Harvey push Leon into the lockers. Leon\'s nose was bleeding. I took Leon to first aid.', ['health']],
    ["Hi, just to let you know Leon's nose isn't broken, the walk in centre said it's just bruised. He'll be in tomorrow. Thanks, Dad", ['health']],
    ['Tyler (10K) was found with a small bag of cannabis in his blazer this morning.', ['criminal_offence']],
    ['Mr Carter has a court order saying he can collect Freddie on alternate Fridays. Mum has sent us a copy.', ['safeguarding']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    "Tom Reed fixed the chair's arm, which was broken.",
    'Tom Reed found a bag of crisps in his blazer.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('two given names joined before their verb', () => {
  it.each([
    ['Kai and Lily have asthma.', ['health']],
    ['Tom and Lily are Roma.', ['racial_ethnic_origin']],
    ['Hi, Sam and Tom will be off on Friday for Eid.', ['religious_belief']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it('not: plants', () => expect(typesOf('Rose and Holly are planted by the gate; the sensory garden supports our pupils with autism.')).toEqual([]));
});

describe('both children, as the subject', () => {
  it('is about them', () => expect(typesOf('Both children are from a Gypsy Roma Traveller background and the family move on in March.')).toEqual(['racial_ethnic_origin']));
  it.each([
    'If both children are eligible for free school meals, apply once.',
    'Both children are entitled to free school meals if the family receive Universal Credit.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('a liquid holding particles', () => {
  it('not: suspensions breaking up', () =>
    expect(typesOf('Tom Reed found that some suspensions break up before they reach the direction of shear.')).toEqual([]));
  it('still: a pupil', () => expect(typesOf('Mason Taylor has a two-day suspension.')).toEqual(['exclusion']));
});

describe('everyday senses of probation, custody, exclusion, looking after and grooming', () => {
  it.each([
    'Mrs Patel is on probation for her first six months, as all new staff are; her review is in March.',
    'VAT is excluded from the quote Dan Price sent.',
    'Mr Evans looked after 4B while Mrs Khan was on the course.',
    'Dog grooming business run by ex-pupil Kate Lowe - 10% off for staff!',
    'Mr Lane keeps custody of the minibus keys.',
    'Tom Reed told us that his dad has custody at weekends.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it.each([
    ['Tom Reed is on probation after his release.', ['criminal_offence']],
    ['Tom Reed was remanded in custody.', ['criminal_offence']],
    ['Mia Lowe is looked after by the local authority.', ['looked_after']],
    ['Tom Reed was groomed online.', ['safeguarding']],
    ['The nurse saw Chloe Marsh (Y10) and she has been given the pill.', ['health']],
  ])('still: %s', (text, types) => expect(typesOf(text)).toEqual(types));
});

describe("a swimmer's stroke, and a classmate a letter to every parent leaves unnamed", () => {
  it.each([
    'Josh Hart came first in the 200m breaststroke; his stroke rate was brilliant.',
    'Dear parents, a child in our class has a severe nut allergy. Please do not send any nuts in lunchboxes. Thank you.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it.each([
    'Since his stroke, Tom Reed uses a stick.',
    'Hi Jo, a child in our class has a severe nut allergy and needs a care plan.',
  ])('still: %s', (text) => expect(typesOf(text)).toEqual(['health']));
});

describe("a party's material shared, and a holy day off", () => {
  it.each([
    ['Tom Reed has been posting a lot of Reform UK stuff on Facebook and a parent has complained.', ['political_opinion']],
    ['Mrs Cohen will not be in on Yom Kippur (12 October).', ['religious_belief']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    'The school will be closed on Eid, said Mr Khan.',
    'Tom Reed is posting the Year 6 leavers video on the website.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('a country is not a person', () => {
  it.each([
    'America has been through big changes before: wars and depression, and the influx of new immigrants.',
    'After all, Sudan is the size of Western Europe, and Darfur has 158 refugee camps.',
    'Romanov has also represented the Russian national side on several occasions.',
    'FAO assists Guatemala in the preparation and storage of foods in refugee camps.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it.each([
    ['Jordan has asthma.', ['health']],
    ['Lena Schmidt is a Russian national.', ['racial_ethnic_origin']],
  ])('still: %s', (text, types) => expect(typesOf(text)).toEqual(types));
});

describe("a business's conduct, a prison film, a party named after a faith", () => {
  it.each([
    'Elizabeth Warren fought for reforms to protect citizens from banks’ abusive practices.',
    'Eric Roberts "stars" in this Tommy Lee Thomas debut prison film.',
    'Helmut Kohl led the Christian-Democratic Union (CDU) for 25 years.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('places abroad and other capitalised words that name lists hold', () => {
  it.each([
    'The war was waged, not against the peaceful inhabitants of Mexico, but against their faithless Government, which had been charged with outrages.',
    'Ohio has seen a rise in asthma admissions this winter.',
    'Hamas claimed the attack, which killed four.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it.each([
    ['Mohammed Islam (Y9) has asthma.', ['health']],
    ['Amy York has been diagnosed with epilepsy.', ['health']],
  ])('still: %s', (text, types) => expect(typesOf(text)).toEqual(types));
});

describe('the name of a place, a prize, a treaty or a body', () => {
  it.each([
    'Al Qaida fighters tried to regain power; the attack was condemned.',
    'The Rocky Mountains saw record snow, and three climbers were admitted to hospital with frostbite.',
    'The Sherman Act was used to prosecute the railroad trusts.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it('a seizure of men and horses is no one\'s health', () =>
    expect(typesOf('Bernardo Reyes was charged after the seizure of a number of officers and men and horses.')).toEqual(['criminal_offence']));
  it('still: a person beside a prize', () =>
    expect(typesOf('Tom Reed won the Nobel Prize and has since been diagnosed with dementia.')).toEqual(['health']));
});

describe('more places, brands and surnames that are places', () => {
  it.each([
    'Washington has seen a rise in asthma admissions this winter.',
    'Tom Reed sent this: The Best Critical Illness Policy on the Market.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it.each([
    ['George Washington (Y5) has asthma.', ['health']],
    ['Kenneth Lay was convicted of fraud.', ['criminal_offence']],
  ])('still: %s', (text, types) => expect(typesOf(text)).toEqual(types));
});

describe('UK towns that name lists hold', () => {
  it('not: a town', () => expect(typesOf('Bolton has the highest rate of asthma admissions in the North West.')).toEqual([]));
  it.each([
    ['Amy Bolton has asthma.', ['health']],
    ['Mr Lancaster has been signed off with stress.', ['health']],
  ])('still: %s', (text, types) => expect(typesOf(text)).toEqual(types));
});

describe('recovery of a market, evidence excluded, a war prisoner, a fall from a horse', () => {
  it.each([
    'New car sales in Dallas County showed slight signs of recovering from the doldrums, said Tom Reed.',
    'Judge Hough spoke of the reception or exclusion of evidence in the Selden case.',
    'Tom Reed talked about his years in a prison camp after his plane came down in 1942.',
    'A musket roared; the horse reared and threw him from the saddle, Tom Reed wrote.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it.each([
    ['Tom Reed is recovering from pneumonia.', ['health']],
    ['Tom Reed is in prison for burglary.', ['criminal_offence']],
  ])('still: %s', (text, types) => expect(typesOf(text)).toEqual(types));
});

describe('conditions named after people', () => {
  it.each([
    ["Bell's palsy has left Tom Reed's face weak.", ['health']],
    ["Tom Reed has Sever's disease in both heels.", ['health']],
    ['Tom Reed was diagnosed with Hodgkin lymphoma in May.', ['health']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    "Scientists are racing to find a cure for Parkinson's disease.",
    'Tom Reed said the team showed Stockholm syndrome.',
    'Tom Reed volunteers for the Leukemia & Lymphoma Society.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe("a nation's troubles", () => {
  it.each([
    'Our leaders, said Tom Reed, have done so in the midst of war and depression.',
    'Spain has suffered internal convulsions for many years, Mr Tyler said; she is destined to recover.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it('still: a person', () => expect(typesOf('Tom Reed has been off with depression since March.')).toEqual(['health']));
});

describe('violence at home, and the DSL taking it up', () => {
  it.each([
    "Multi-agency referral form - Child: Leo Banks DOB 03/03/2016. Concern: mum's partner is violent towards mum; Leo witnessed an incident on 28/11.",
    'Hi Mrs Hill, Amir told his tutor he has been feeling very low. Our DSL will call you this afternoon.',
  ])('%s', (text) => expect(typesOf(text)).toEqual(['safeguarding']));
  it.each([
    'Our DSL will call parents who have not returned forms, said Mrs Hill.',
    'The protest became violent towards the police, Tom Reed said.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe("a term ending a body's name", () => {
  it.each([
    'Karl Steenblik has found a new home for the Foundation for Children and Youth With Diabetes.',
    'Tom Reed chairs the Council for Disabled Children.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it('still: a person', () => expect(typesOf('The Trust says Tom Reed has Asthma.')).toEqual(['health']));
});

describe('conditions misspelt in haste, and names common in UK classrooms', () => {
  it.each([
    ['hi miss can u tell mr davies that callum has got his asma pump in his bag now. thx', ['health']],
    ["Jake's been diagnosed with diabetis type 1.", ['health']],
    ['Ellie is on the autisum pathway, the paed saw her last week', ['special_educational_needs']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it('not: Asma, a name', () => expect(typesOf('Asma Khan will lead the assembly.')).toEqual([]));
});

describe('low mood or anxiety that has lasted', () => {
  it.each([
    'Amir has been feeling very low and tearful for weeks.',
    "Ava says she can't sleep and feels anxious all the time.",
    "Leo's mum says he's been very down lately.",
  ])('%s', (text) => expect(typesOf(text)).toEqual(['health']));
  it.each([
    'Tom Reed has been feeling low about his exam results.',
    'Kai has been really anxious about the trip.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe("a young carer's siblings or ill parent", () => {
  it.each([
    'Tom Reed looks after his younger siblings every evening.',
    'Josh Reed looks after his mum who has had a stroke, and often misses the first lesson.',
  ])('%s', (text) => expect(typesOf(text)).toContain('safeguarding'));
  it.each([
    "Tom Reed looked after his mum's dog when she was away.",
    'Mrs Hall looked after her class on the trip.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('a common adjective before "disease" opening a subject line', () => {
  const withSubject = (subject: string, body: string): string[] =>
    scoredTypes(detectMessage({ ...messageOf(body), subject, segments: [{ where: 'subject', text: subject }, { where: 'body', text: body }] }, shippedRules().detector).findings);
  it('not: Infectious disease', () => expect(withSubject('Infectious disease', 'Tom Reed wrote about it.')).toEqual([]));
  it("still: a condition named after someone", () => expect(withSubject("Sever's disease", 'Tom Reed has it in both heels.')).toEqual(['health']));
});

describe("a lesson's topic, a presenter's own faith, groups persecuted in history", () => {
  it.each([
    'Next week Mr Hale will be teaching Year 9 about drugs, alcohol and the law, including what happens if you are arrested.',
    "Please could Year 10 read the chapter on the Nazi persecution of Jews, Roma and gay men before Monday's lesson with Mrs Cohen.",
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it('Mr Patel led a moving assembly on Diwali and what it means to him as a Hindu.', () =>
    expect(typesOf('Mr Patel led a moving assembly on Diwali and what it means to him as a Hindu.')).toEqual(['religious_belief']));
  it.each([
    'Mr Hale has been arrested for drink driving.',
    'Mrs Cohen is Jewish and will be off for Yom Kippur.',
  ])('still: %s', (text) => expect(typesOf(text)).not.toEqual([]));
});

describe('a faith as a lesson names it, a fast in its season, a religious article of one person', () => {
  it.each([
    'This week we learnt about Guru Nanak and the Sikh faith. Arjun made a lovely poster about the Golden Temple.',
    'Class 5 explored the Muslim faith this week and visited the mosque on Tuesday with Mr Hale.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it.each([
    'Sofia fasted for the first time this Ramadan and told her class about it.',
    'This week we learnt about Guru Nanak. Arjun brought in his kara to show the class and explained why he wears it.',
    "Arjun told the class about his family's Sikh faith.",
    'Amira Khan is from a Muslim family.',
    'Florence Bryan agreed to convert to the Sikh faith before they married.',
  ])('%s', (text) => expect(typesOf(text)).toEqual(['religious_belief']));
});

describe('MS said to be someone\'s, racist words, starting with the counsellor, not FSM', () => {
  it.each([
    ['Dear HR, I wish to raise a formal grievance about the way my request for reasonable adjustments for my MS was handled. Regards, Fiona Lamb', ['health']],
    ['Incident 14/03: Kyle Baxter (Y8) used a racist term towards Mohammed Rahman (Y8).', ['racial_ethnic_origin']],
    ["Hi Mrs Tan, I've spoken to Millie and she's keen to start with the school counsellor after half term.", ['health']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    'Hi, Dylan Smith owes £23.40 for school dinners. Could you chase with home? He is not FSM.',
    'Tom Reed will set up her MS Teams account.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it('still: Dylan Smith is FSM.', () => expect(typesOf('Dylan Smith is FSM.')).toEqual(['free_school_meals']));
});

describe('active in a party, a family court case, telling of oneself', () => {
  it.each([
    ["I'm not sure Mr Barnes should chair the meeting - he's very active in Reform UK locally.", ['political_opinion']],
    ['Hi, a paternity DNA test is being arranged in the court case for the Lee children, so contact is on hold.', ['biometric_genetic']],
    ['Ben Hall disclosed that he is gay to me today and asked me not to tell his parents.', ['sex_life']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each([
    ['Kai Lee disclosed that his stepdad hits him.', ['safeguarding']],
    ['Mr Lee has a court case for assault next month.', ['criminal_offence']],
  ])('still: %s', (text, types) => expect(typesOf(text)).toEqual(types));
});

describe('a report on a named pupil heads the passage after it', () => {
  it('Thank you for the report on Josh Hartley. We note ... for possible dyspraxia.', () =>
    expect(typesOf('Thank you for the report on Josh Hartley. We note the recommendation for a further assessment by the Community Paediatrician for possible dyspraxia.')).toContain('special_educational_needs'));
  it('not: a report on a topic, then a general sentence', () =>
    expect(typesOf('Thank you for the report on the Year 9 trip. Dyspraxia training for staff is on Monday.')).toEqual([]));
});

describe('a thing abused, and crime as a risk run or fought', () => {
  it.each([
    "If you think it won't be abused, consider the case of Dimitry Skylarov.",
    'Max Levchin joined PayPal in 2000. The company was susceptible to fraud and money laundering, and he tightened it up.',
    'Max Levchin built tools to combat fraud at PayPal.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it.each([
    ['Kai Reed was abused by his uncle.', ['safeguarding']],
    ['Rosa Diaz is a lonely worker that has been abused by men.', ['safeguarding']],
    ['Mr Dunn committed fraud at his last school.', ['criminal_offence']],
  ])('still: %s', (text, types) => expect(typesOf(text)).toEqual(types));
});

describe('a scam named after a country, a duty carried out, access to a site, a fund for a disease', () => {
  it.each([
    "Cash'n'Carrion sinks claws into Nigerian 419 scam, says Tom Reed.",
    'It may be exhausting for those charged with carrying it out, Mr Reed said.',
    'Tom Reed will need temporary access arrangements for the new site.',
    'The United States has backed the new global fund for HIV/AIDS organized by U.N. Secretary General Kofi Annan.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it.each([
    ['Mr Reed was charged with carrying a knife.', ['criminal_offence']],
    ['Tom Reed has access arrangements for his GCSEs.', ['special_educational_needs']],
    ["Tom Reed's family are Nigerian.", ['racial_ethnic_origin']],
    ['Tom Reed has HIV.', ['health']],
  ])('still: %s', (text, types) => expect(typesOf(text)).toEqual(types));
});

describe("disclosure to investors, and a child's full disclosure", () => {
  it.each([
    'The Motley Fool, which David and Tom Gardner founded, is committed to fair dealing and complete disclosure to investors like you.',
    'Full disclosure: I used to work for the company, says Tom Reed.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
  it('Kai Reed made a full disclosure to his teacher today about his stepdad.', () =>
    expect(typesOf('Kai Reed made a full disclosure to his teacher today about his stepdad.')).toEqual(['safeguarding']));
});

describe('a risk from the birth family, no contact, who must not collect', () => {
  it.each([
    ['Please note Maisie Reeve must not appear in any photos as she is in foster care and there is a risk from birth family.', ['looked_after', 'safeguarding']],
    ['Maisie Reeve must have no contact with her birth father.', ['safeguarding']],
    ['Ruby Hall is at school today. Dad must not collect her.', ['safeguarding']],
  ])('%s', (text, types) => expect(typesOf(text)).toEqual(types));
  it.each(['Parents must not collect children from the side gate.', 'Ruby Hall is in the play today. Mum can\'t collect her, so Nan will.', 'Mr Hall said the risk from flooding is low.'])(
    'not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('eyesight as a screening or a parent reports it', () => {
  it.each([
    "Dear Mrs Akhtar, Zain's vision screening shows reduced vision in his left eye. Please take him to an optician.",
    'Amy Hall is very short-sighted and should sit at the front.',
  ])('%s', (text) => expect(typesOf(text)).toEqual(['health']));
  it.each(['Mr Reed said it is short-sighted to cut the music budget.', 'Mr Reed called the decision short-sighted.', "Mark Smith recounts Alhazen's experiments in double vision."])(
    'not: %s', (text) => expect(typesOf(text)).toEqual([]));
});

describe('an adverb before the verb of a name that is also a word; universal free meals', () => {
  it('Daisy now lives with her grandparents under a Special Guardianship Order.', () =>
    expect(typesOf('Daisy now lives with her grandparents under a Special Guardianship Order, so please update the contacts.')).toEqual(['looked_after']));
  it('Josh still needs his inhaler before PE.', () => expect(typesOf('Josh still needs his inhaler before PE.')).toEqual(['health']));
  it('not: universal free school meals', () =>
    expect(typesOf('Hi, Ellie is in Year 1 so she gets universal free school meals, but could she have a packed lunch on Friday?')).toEqual([]));
  it('not: a grant', () => expect(typesOf('Grant funding now covers SEN support for the whole year group.')).toEqual([]));
});

describe('bail conditions', () => {
  it("Mr Lee's bail conditions mean he cannot come near the school.", () =>
    expect(typesOf("Mr Lee's bail conditions mean he cannot come near the school.")).toEqual(['criminal_offence']));
  it('not: licence conditions of software', () => expect(typesOf('Mr Reed checked the licence conditions of the software.')).toEqual([]));
});

describe('"YP" as social care writes a young person, with more verbs', () => {
  it.each(['YP remains on a CIN plan; SW visited the home on 3/3.', 'YP continues to go missing overnight and a return interview is booked.'])('%s', (text) =>
    expect(typesOf(text)).toEqual(['safeguarding']));
  it('not: YP as a heading with no verb after it', () => expect(typesOf('YP services: CIN plans are reviewed every six weeks by the panel.')).toEqual([]));
});

describe("a church someone attends by its saint's name, and a saint's name is no person", () => {
  it.each([
    "Sean Byrne attends St Patrick's Catholic Church weekly.",
    "Dear Mrs Byrne, thank you for the supplementary information form confirming that you and Sean attend St Patrick's Catholic Church weekly.",
  ])('%s', (text) => expect(typesOf(text)).toEqual(['religious_belief']));
  it("not: a class's visit to a church", () => expect(typesOf("Year 6 went to St Joseph's Catholic Church with Mrs Hall on Friday.")).toEqual([]));
});

describe("an allegation a pupil made, and a suspension from a team", () => {
  it('Mr Coleman has been suspended pending investigation following an allegation made by a pupil.', () =>
    expect(typesOf('Hi, Mr Coleman has been suspended pending investigation following an allegation made by a pupil.')).toEqual(['criminal_offence', 'safeguarding']));
  it("not: He's been suspended from the football team for two games.", () =>
    expect(typesOf("Josh Brown has been suspended from the football team for two games.")).toEqual([]));
  it('still: Josh Brown has been suspended for 3 days for bringing a vape into school.', () =>
    expect(typesOf('Josh Brown has been suspended for 3 days for bringing a vape into school.')).toEqual(['exclusion']));
});

describe('a day to be spent in the reflection room', () => {
  it.each([
    "Following today's incident, Leo Kerr will spend tomorrow in the reflection room and return to lessons on Thursday.",
    'Leo Kerr spent the rest of the day in the inclusion room after the fight.',
  ])('%s', (text) => expect(typesOf(text)).toEqual(['exclusion']));
  it('not: the room itself', () => expect(typesOf('Leo Kerr painted the reflection room with Year 6 last week.')).toEqual([]));
});

describe("someone's weight as a nurse watches it", () => {
  it("Hi, could the school nurse check Ruby's weight? Her GP is worried she's lost a lot recently.", () =>
    expect(typesOf("Hi, could the school nurse check Ruby's weight? Her GP is worried she's lost a lot recently.")).toEqual(['health']));
  it.each(['Mr Reed checked the weight of the boxes before the trip.', 'Amy Hall has lost weight since joining the gym.'])('not: %s', (text) =>
    expect(typesOf(text)).toEqual([]));
});

describe('racism someone lived through', () => {
  it('Mr Obi will talk to Year 7 about his experience of racism growing up in London in the 1980s.', () =>
    expect(typesOf('Mr Obi will talk to Year 7 about his experience of racism growing up in London in the 1980s.')).toEqual(['racial_ethnic_origin']));
  it.each([
    'Mr Reed will lead an assembly on racism and how to report it.',
    'Year 9 will study the experiences of racism faced by the Windrush generation with Mrs Hall.',
  ])('not: %s', (text) => expect(typesOf(text)).toEqual([]));
});
