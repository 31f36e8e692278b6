// The fixed word lists the corpus draws from (the invented tail of rare words is made per seed in world.ts).

// Ordered roughly by frequency: the Zipf weights follow this order.
export const BASE_WORDS = (
  'the of and to in a that is for on it with as was by this be are at from or an not have they which ' +
  'his has but their were had its will been who more would all one also there what can about when into than ' +
  'them out some other only new these so may any could most over after said time first world people two years ' +
  'those such made because many where even before under between both while through much years against during ' +
  'government nations peace war treaty agreement leaders minister president council security economic talks ' +
  'week officials region border military forces country state power plan market prices trade food grain oil ' +
  'energy water land city capital report statement analysts sources news crisis conflict ceasefire sanctions ' +
  'alliance summit accord deal union coalition parliament election vote court law order system control ' +
  'money currency digital bank debt inflation famine drought earthquake storm flood fire disease plague ' +
  'prophecy prophet prophets scripture kingdom kingdoms temple covenant judgement mercy promise hope faith ' +
  'church believers readers commentary passage book vision dream beast image king kings ' +
  'israel jerusalem babylon nineveh egypt persia rome empire throne mountain sea north south east west ' +
  'lord god heaven earth nation tribes sign signs end days last age coming return watch warning ' +
  'wars rumours famines pestilences earthquakes deceivers false christ antichrist tribulation abomination ' +
  'desolation seventy weeks horn horns ten toes iron clay gold silver brass stone feet head ' +
  'understand careful caution history interpretation meaning context reading writer writers argued ' +
  'claim claims headline headlines evidence certain uncertain likely perhaps indeed however therefore ' +
  'moreover although whether neither either nor yet still already again never always often sometimes ' +
  'today yesterday tomorrow morning evening night hour month year decade century generation ' +
  'small large great little long short high low old young early late public private foreign domestic ' +
  'international regional national local global central western eastern northern southern ' +
  'announced signed agreed rejected warned called described said told asked urged pledged vowed ' +
  'denied confirmed expected reported released published launched approved opposed supported ' +
  'build built rebuild rebuilt open opened close closed rise rose fall fell grow grew spread ' +
  'shield sword bread wheat barley wine measure scales rider horse white red black pale ' +
  'mark hand forehead buy sell number name seal trumpet bowl cup wrath patience endurance ' +
  'shepherd flock sheep watchman wall gate gates tower river euphrates valley plain desert island ' +
  'ships merchants harbour port cargo route corridor pipeline network satellite technology data ' +
  'record records highest lowest rising falling steady sharp sudden gradual quiet loud ' +
  'people children families villages towns refugees aid relief workers volunteers hospitals ' +
  'question answer reason purpose result cause effect change fear courage comfort wisdom ' +
  'light darkness truth lies peace safety destruction sudden labour pains thief night sober'
).split(/\s+/);

export const FIRST_NAMES = ['Miriam', 'Daniel', 'Ruth', 'Samuel', 'Hannah', 'Jonah', 'Esther', 'Caleb', 'Lydia', 'Micah', 'Naomi', 'Elias', 'Priscilla', 'Tobias', 'Abigail', 'Silas', 'Deborah', 'Gideon', 'Phoebe', 'Nathan', 'Judith', 'Amos', 'Tabitha', 'Levi', 'Joanna', 'Reuben', 'Martha', 'Ezra', 'Dinah', 'Felix'];
export const LAST_NAMES = ['Hale', 'Okafor', 'Calloway', 'Thorne', 'Whitcombe', 'Aderinto', 'Lindqvist', 'Moreau', 'Castellano', 'Brennan', 'Nakamura', 'Osei', 'Petrov', 'Haddad', 'Kowalski', 'Fitzgerald', 'Mbeki', 'Rasmussen', 'Delacroix', 'Varga', 'Achterberg', 'Quispe', 'Sorensen', 'Adeyemi', 'Marchetti', 'Oyelaran', 'Halvorsen', 'Tanaka', 'Abernathy', 'Iwu'];
export const ROLES = ['Senior editor', 'Contributing writer', 'Staff writer', 'Columnist', 'Correspondent', 'Guest contributor', 'Pastor and writer', 'Bible teacher', 'Research fellow', 'Editor at large'];
export const ORGS = ['Watchman Review', 'Berean Forum', 'The Lampstand', 'Harvest Institute', 'Morning Star Press'];

export const REGIONS = ['Middle East', 'North Korea', 'Russia', 'China', 'Iran', 'Israel', 'European Union', 'Turkey', 'Egypt', 'Syria', 'Lebanon', 'Jordan', 'Saudi Arabia', 'Ethiopia', 'Sudan', 'Libya', 'Ukraine', 'Belarus', 'India', 'Pakistan', 'Japan', 'South Korea', 'Taiwan', 'Vatican', 'United Nations', 'Gulf States', 'Africa', 'Latin America', 'Central Asia', 'Balkans', 'Baltic States', 'Caucasus', 'Arctic', 'Mediterranean', 'Red Sea', 'Persian Gulf', 'Black Sea', 'Horn of Africa', 'Sahel', 'Southeast Asia'];
export const SUBJECTS = ['Diplomacy', 'Security', 'Economy', 'Agriculture', 'Technology', 'Religion', 'Culture', 'Disasters', 'Climate', 'Energy', 'Trade', 'Finance', 'Digital Currency', 'Surveillance', 'Health', 'Pandemics', 'Famine', 'Earthquakes', 'Migration', 'Elections', 'Nuclear Weapons', 'Missiles', 'Peace Talks', 'Sanctions', 'Temple Mount', 'Jerusalem', 'Persecution', 'Ecumenism', 'Artificial Intelligence', 'Space'];
export const PLACES = ['Geneva', 'Vienna', 'Brussels', 'Cairo', 'Amman', 'Riyadh', 'Tehran', 'Ankara', 'Moscow', 'Beijing', 'Pyongyang', 'Seoul', 'Tokyo', 'Delhi', 'Jerusalem', 'Beirut', 'Damascus', 'Baghdad', 'Doha', 'Abu Dhabi', 'Rome', 'Paris', 'Berlin', 'Kyiv', 'Minsk', 'Addis Ababa', 'Khartoum', 'Tripoli', 'New York', 'Washington'];
export const SOURCE_PARTS_A = ['Example', 'Harbor City', 'Northern', 'Coastal', 'Capital', 'Global', 'Daily', 'Evening', 'Pacific', 'Atlantic', 'Continental', 'Metro'];
export const SOURCE_PARTS_B = ['Wire', 'Times', 'Ledger', 'Herald', 'Observer', 'Courier', 'Gazette', 'Tribune', 'Dispatch', 'Record'];
export const SECTIONS = ['World', 'Asia', 'Europe', 'Middle East', 'Africa', 'Business', 'Technology', 'Science', 'Politics', 'Religion'];
export const SPEAKER_ROLES = ['Foreign minister', 'Defence minister', 'Spokesperson', 'Ambassador', 'Analyst', 'Economist', 'Senior fellow', 'Professor of international relations', 'Central bank governor', 'Aid agency director', 'Archbishop', 'Chief rabbi', 'Prime minister', 'President', 'Union leader'];
export const HEADLINE_VERBS = ['Sign', 'Reject', 'Announce', 'Debate', 'Suspend', 'Resume', 'Expand', 'Launch', 'Delay', 'Approve'];
export const HEADLINE_NOUNS = ['Defence Pact', 'Peace Plan', 'Trade Accord', 'Grain Corridor', 'Digital Currency Pilot', 'Ceasefire', 'Security Council Reform', 'Border Agreement', 'Energy Deal', 'Sanctions Package', 'Temple Plans', 'Water Treaty', 'Census', 'Surveillance Law', 'Food Price Index'];
export const COMMENTARY_HEADINGS = ['Commentary', 'What scripture says', 'Reading the signs with care', 'The wider picture', 'A word of caution', 'What this does not mean', 'Why it matters', 'Looking back', 'Looking ahead', 'For reflection'];
export const SUB_HEADINGS = ['Three things to notice', 'What the prophets said', 'Questions readers ask', 'What we know', 'What we do not know', 'Background', 'Key dates', 'Further reading'];
export const CALLOUT_TITLES = ['A note on dates', 'Why we are careful', 'On interpretation', 'For readers new to this'];
export const LINK_SITES = ['https://example.org', 'https://example.com', 'https://example.net'];

// Scripture: weights per OSIS book id (others 0.15), and the chapters most cited in prophecy commentary.
export const BOOK_WEIGHTS: Record<string, number> = {
  Dan: 22, Rev: 22, Matt: 14, Luke: 9, Ezek: 11, Isa: 11, Jer: 5, Zech: 6, Joel: 3, Mark: 4, '1Thess': 5, '2Thess': 4,
  '2Tim': 2, Ps: 5, Gen: 3, Amos: 2, Mic: 2, Hos: 2, Obad: 1, Jude: 1, Acts: 2, Rom: 2, Hab: 1, Zeph: 1, Mal: 1, Hag: 1,
  Deut: 1, '2Pet': 2, '1John': 1, John: 2, '1Cor': 1, Heb: 1,
};
export const HOT_CHAPTERS: Record<string, number[]> = {
  Dan: [2, 7, 8, 9, 11, 12], Rev: [6, 12, 13, 16, 17, 18, 20, 21], Matt: [24, 24, 24, 25], Luke: [17, 21, 21, 21], Mark: [13],
  Ezek: [36, 37, 38, 38, 39], Isa: [2, 9, 11, 13, 17, 19, 53, 65], Zech: [12, 14], Joel: [2, 3], '1Thess': [4, 5], '2Thess': [2],
  '2Tim': [3], '2Pet': [3], Jer: [25, 30, 31], Ps: [2, 83], Gen: [12, 15], Mic: [4], Amos: [8, 9], Hos: [3],
};
