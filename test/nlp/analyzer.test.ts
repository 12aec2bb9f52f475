import { analyzerInput, contentAnalyzer } from './fixture';

const analyzer = contentAnalyzer();
const analyze = (text: string) => analyzer.analyze(text);
/** A table row's check: what the row says, the text, and the cause it puts first. */
const putsFirst = (_: string, text: string, cause: string) => expect(analyze(text).causes[0]?.id).toBe(cause);

describe('analyze: the shape', () => {
  it('returns every field for any string', () => {
    for (const text of ['', '   ', '???', 'a'.repeat(2000), '🔴🔴🔴', 'ñandú 日本語', '\u0000\u0001']) {
      const a = analyze(text);
      expect(a.text).toBe(text);
      expect(Array.isArray(a.causes)).toBe(true);
      expect(Array.isArray(a.events)).toBe(true);
      expect(typeof a.safety).toBe('boolean');
      expect(typeof a.question).toBe('boolean');
      expect(a.entities).toBeDefined();
    }
  });

  it('scores are in [0, 1] and causes are best first', () => {
    const a = analyze('after the new router the wifi keeps dropping and the adapter seems faulty');
    for (const c of a.causes) expect(c.score).toBeGreaterThanOrEqual(0);
    for (const c of a.causes) expect(c.score).toBeLessThanOrEqual(1);
    const scores = a.causes.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  });
});

describe('analyze: evidence', () => {
  it('reads a move only where a word says something was moved, not where a place is named in passing', () => {
    expect(analyze('the C310 at our holiday cottage in wales blinks red since the storm cut the power').events).toEqual(['power-outage']);
    expect(analyze('we took the camera down and put it up in the porch, now it blinks red').events).toContain('relocation');
  });
  it.each(['we went over from Virgin to TalkTalk and the cameras blink red', 'the fibre got installed on Monday, now the plug blinks red', 'since the ISP switch the hub is red'])(
    'reads a new provider or line as a new network: %s',
    (text) => {
      const a = analyze(text);
      expect(a.events).toContain('network-change');
      expect(a.causes[0]?.id).toBe('network');
    },
  );
  it.each(['the cleaner plugged the hub into another outlet by the door and it blinks red', 'I plugged it in a different socket and the light went red'])(
    'reads a move onto another socket, however it is told: %s',
    (text) => {
      const a = analyze(text);
      expect(a.events).toContain('relocation');
      expect(a.causes[0]?.id).toBe('power');
    },
  );
  it.each(['since we plugged it into the extension lead in the garage the hub blinks red', 'red light ever since I plugged it in by the fridge instead', 'I plugged the camera into the USB on the back of the TV and it went red'])(
    'reads a move onto a socket told by where it is: %s',
    (text) => expect(analyze(text).events).toContain('relocation'),
  );
  it('reads a short text that starts the trouble after moving the device as a move', () => expect(analyze('solid red after moving it').events).toContain('relocation'));
  it('reads no move where the device went back into the same socket', () => {
    expect(analyze('I plugged it back into the same socket by the door and it is still red').events).not.toContain('relocation');
  });
  it('puts first, of causes as sure as each other, the one a reported event points at', () =>
    expect(analyze('the lens looks a bit scratched, and the camera has been red since the new router went in').causes[0]?.id).toBe('network'));
  it('reads no move of the device where only the router was moved or put in, and a move next to the router as one', () => {
    expect(analyze('the engineer put in a new router and the camera has blinked red since').events).not.toContain('relocation');
    expect(analyze('we moved the modem up to the loft and now the doorbell is red').events).not.toContain('relocation');
    expect(analyze('the camera got moved next to the router and it blinks red').events).toContain('relocation');
  });
  it('reads no new network where the provider is only named, or the switch denied', () => {
    expect(analyze('we are with BT and the camera blinks red').events).not.toContain('network-change');
    expect(analyze('we did not switch from Sky to BT, the camera just went red').events).not.toContain('network-change');
  });

  it.each([
    'big storm last night but we did not lose power, and now the camera blinks red',
    'the camera went red in the storm, though the lights never even flickered',
    'red since the thunderstorm on Sunday. The power stayed on the whole time.',
    'the storm went right over us, no power cut though, and the plug has been red since',
  ])('reads no power cut where the power is told to have stayed on: %s', (text) => {
    expect(analyze(text).events).not.toContain('power-outage');
  });
  it('reads a new line from the words that tell it was switched', () => {
    expect(analyze('the telecoms firm switched us to full fibre and the hub went red').events).toContain('network-change');
  });

  it('puts the firmware first when a power cut cut an update short', () => {
    const a = analyze('the storm took the power out while the camera was updating, now it only blinks red');
    expect(a.events).toEqual(expect.arrayContaining(['firmware-update', 'power-outage']));
    expect(a.causes[0]?.id).toBe('firmware');
  });

  it('maps a storm power cut with fast blinking to power, rapid, power-outage', () => {
    const a = analyze('my c200 flashes red really quickly since the storm knocked the power out');
    expect(a.causes[0]?.id).toBe('power');
    expect(a.pattern).toBe('rapid');
    expect(a.events).toContain('power-outage');
    expect(a.entities.model).toBe('C200');
  });

  it('tolerates typos', () => {
    expect(analyze('frimware update stuck at 60%').causes[0]?.id).toBe('firmware');
    expect(analyze('the camera is blinkin red after a powr cut').events).toContain('power-outage');
    expect(analyze('wify keeps dropping').causes[0]?.id).toBe('network');
  });

  it('does not count negated evidence', () => {
    const a = analyze('there was no power cut and it was not after an update');
    expect(a.events).toEqual([]);
    expect(a.causes.map((c) => c.id)).not.toContain('firmware');
  });

  it('keeps a negation going past "or"', () => {
    const a = analyze("there wasn't any storm or power cut");
    expect(a.events).toEqual([]);
    expect(a.causes).toEqual([]);
  });

  it("counts an event as evidence for the causes content's eventCauses names", () => {
    const a = analyze('it has been blinking since the thunderstorm on saturday');
    expect(a.events).toContain('power-outage');
    expect(a.causes.map((c) => c.id)).toContain('power');
  });

  it('reads the same evidence wherever a word stands', () => {
    expect(analyze('swapped the adapter for a cheaper one').causes[0]?.id).toBe('power');
  });

  it('finds no cause and no quick answer out of scope', () => {
    for (const text of ["what's the weather", 'tell me a joke', 'how do I bake bread']) {
      const a = analyze(text);
      expect(a.causes).toEqual([]);
      expect(a.faq).toBeNull();
    }
  });
});

describe('analyze: safety', () => {
  it.each(['there is smoke coming out of it', 'it smells like burning', 'the adapter is too hot to touch', 'sparks from the plug', 'the battery is swollen', 'water got inside the camera', 'the wires are exposed', 'it smokin'])(
    'flags %s',
    (text) => expect(analyze(text).safety).toBe(true),
  );
  it.each(['it smells like melted plastic', 'the case bulged', 'rain got inside', 'the battery looks puffy', 'the adapter is too warm', 'huele a quemado'])('flags %s', (text) =>
    expect(analyze(text).safety).toBe(true),
  );
  it.each(['no smoke, not hot', 'the light is hot pink', 'it is not hot at all', 'my smoke alarm is fine', 'the adapter is a bit warm', 'a message popped up in the app', 'no smoke or anything'])('does not flag %s', (text) =>
    expect(analyze(text).safety).toBe(false),
  );
  it.each(['the socket it is in feels unusually warm', 'the mice have chewed through the power lead', 'my son spilled his drink over it', 'we found drops inside the dome', 'the battery got bigger and the cover no longer shuts', 'black marks round the plug'])(
    'flags %s (everyday words for a hazard)',
    (text) => expect(analyze(text).safety).toBe(true),
  );
  it.each(['the battery got fat and the lid will not close', 'i feel electric in my finger when i touch it', 'the adapter feels warm, much warmer than my phone charger', 'the lens is all fogged up from the rain'])(
    'flags %s (a second language, or no word for it)',
    (text) => expect(analyze(text).safety).toBe(true),
  );
  it.each(["il y a de l'eau à l'intérieur de la caméra", 'de stekker ruikt verbrand', 'er komt rook uit de adapter', 'der Stecker ist geschmolzen', 'kamerassa on vettä sisällä', 'vocht binnenin de lens', 'nätadaptern luktar bränt'])('flags %s (other languages)', (text) =>
    expect(analyze(text).safety).toBe(true),
  );
  it.each(['the camera got so toasty in the cupboard', 'a wisp rose from the vents', 'the charger is toasty after an hour', 'es hat an der Steckdose gefunkt', 'the lid gapes as if something is pushing from inside'])('flags %s (heat, smoke and sparks in passing)', (text) =>
    expect(analyze(text).safety).toBe(true),
  );
  it.each(["I couldn't keep my hand on the charger for more than a second", 'you could warm your hands on the hub', 'the back of the battery cam looks rounder than before', 'es kam eine descarga aus der Steckdose', 'the adapter feels like a radiator', 'there is a whiff like burning hair by the plug'])(
    'flags %s (told with a negation, or as a likeness)',
    (text) => expect(analyze(text).safety).toBe(true),
  );
  it.each(['my heart melted when I saw the first clip', 'we had a sparky in to fit new sockets, the camera has been red since', 'the smoke alarm went off because of burnt toast and the camera blinks red'])(
    'does not flag %s (figures of speech)',
    (text) => expect(analyze(text).safety).toBe(false),
  );
  it.each(['we moved to spark broadband and the camera went red', 'it flashes like a fire truck', 'my phone got really hot during setup', 'the smoke sensor on the hub dropped off', 'I am in hot water with my landlord over it'])('does not flag %s (names, likenesses, other things)', (text) =>
    expect(analyze(text).safety).toBe(false),
  );
  it.each(['the adapter is cooking, the camera blinks red', 'the case is coming apart at the seam like something inside is blowing it up', 'Napajalnik je tako vroč', 'Meng Batterie ass ganz opgeblosen'])('flags %s', (text) =>
    expect(analyze(text).safety).toBe(true),
  );
  it.each(['Das Netzteil ist deutlich wärmer als sonst', 'Zasilacz jest bardzo ciepły', 'το τροφοδοτικό ήταν τόσο ζεστό που δεν μπορούσα να το κρατήσω', 'the hub smells like when someone leaves the straighteners on too long'])('flags %s', (text) =>
    expect(analyze(text).safety).toBe(true),
  );
  it.each(['the prongs have gone a browny colour and the socket plate looks toasted', 'Ci hè una puzza di brusgiatu', 'bhí sé creimthe ag luch agus tá na sreanga copair le feiceáil'])('flags %s', (text) =>
    expect(analyze(text).safety).toBe(true),
  );
  it.each(['the hub felt like a phone that has been charging under the duvet all night', 'the doorbell looks fatter than it used to', 'לקחתי את המתקן והרגשתי עקצוץ של זרם ביד'])('flags %s', (text) =>
    expect(analyze(text).safety).toBe(true),
  );
  it.each(["I'm a firefighter so smoke and flames are my job, the camera blinks red", 'the garage is like an oven this week and the extender drops out', 'the cat sleeps by the fire and the camera by the fireplace blinks red'])(
    'does not flag %s',
    (text) => expect(analyze(text).safety).toBe(false),
  );
  it('puts a danger on the Vietnamese charger on the power supply', () => expect(analyze('Tôi rút điện ra thì thấy cục sạc nóng ran, cầm không nổi').causes[0]?.id).toBe('power'));
  it.each(['rafhlaðan virðist hafa bólgnað út', 'Adapta yake ina joto kali sana', 'Mmiri batara n\'ime ya', 'the charger smells like a toy car motor that has been run too long'])('flags %s', (text) =>
    expect(analyze(text).safety).toBe(true),
  );
  it.each(['we have hot desks and people unplug the camera, now it is red', "Hvað er klukkan á Íslandi núna?", 'the camera points at the wood burner so I can check on the fire', "my knee is swollen so I can't reach the camera"])('does not flag %s', (text) =>
    expect(analyze(text).safety).toBe(false),
  );
  it('does not flag hot glue', () => expect(analyze('I hot glued the camera to the shelf and now it blinks red').safety).toBe(false));
  it.each(['adapteri juda qizib ketibdi', 'the inside of the front glass is misty with tiny drops on the inside', 'the two halves are pushed apart at the seam'])('flags %s', (text) => expect(analyze(text).safety).toBe(true));
  it.each(["I'm honestly melting down here, the baby cam is solid red", 'hours of smoky footage from the bbq and now the camera blinks red'])('does not flag %s', (text) =>
    expect(analyze(text).safety).toBe(false),
  );
  it.each(['电源适配器烫得几乎拿不住', 'Det lugter lidt svedent ved stikkontakten', "I can't keep my finger on the plug for more than a second"])('flags %s', (text) => expect(analyze(text).safety).toBe(true));
  it.each(['the sparks from my angle grinder were nowhere near the camera', 'I burnt the garlic and the smoke alarm went off, the camera blinks red'])('does not flag %s', (text) =>
    expect(analyze(text).safety).toBe(false),
  );
  it.each(['the camera covers the smoking shelter behind the pub', 'kailangan ko bang i-reset ang camera', 'the camera points at the fire exit and the light is red', 'there is cooking smoke round the grill every day and the camera blinks red'])('does not flag %s', (text) => expect(analyze(text).safety).toBe(false));
  it.each(['adapteri po nxjerr tym dhe drita është e kuqe', 'adapta ya kamera inatoa moshi na taa ni nyekundu'])('flags %s (Albanian and Swahili, from the wider danger lists)', (text) =>
    expect(analyze(text).safety).toBe(true),
  );
  it.each(['w tym tygodniu kamera miga na czerwono', 'I would like a cup of tea while I wait, the camera is blinking red'])('does not flag %s (Polish "tym", a cup of tea)', (text) =>
    expect(analyze(text).safety).toBe(false),
  );
  it.each(['the hub was like a mug of tea just poured', 'there are little beads on the inside of the lens window', 'itna garam tha ki haath hata liya', 'ক্যামেরার ভেতরে পানি ঢুকেছে'])('flags %s (likenesses, Hindi in Latin letters, Bengali)', (text) =>
    expect(analyze(text).safety).toBe(true),
  );
  it.each(['the plug on the heater is warmer than my tea', 'the battery cover bulges, the middle pushes out', "Ang charger ay umusok kagabi", "Kargagailua oso beroa dago", 'Il-plakka tagħti xokk meta nmissha'])(
    'flags %s (a likeness, a shape, other languages)',
    (text) => expect(analyze(text).safety).toBe(true),
  );
  it.each(['red/green toggling on the light', 'our ISP is called Spark and they sent a new Spark modem', 'I use a fire tablet for the app', 'the old copper router is gone'])('does not flag %s', (text) =>
    expect(analyze(text).safety).toBe(false),
  );
  it.each(['the snow on the roof is melting onto the outdoor camera', 'the status light glows like a little ember at night', 'my nephew is a bright spark with computers', 'the café is smoke free'])('does not flag %s', (text) =>
    expect(analyze(text).safety).toBe(false),
  );
  it.each(['Camera của tôi nó bị cháy khét', 'Zásuvka bliká a kolem ní to páchne jako spálená umělá hmota'])(
    'flags %s (a word that only looks like a negation once its accent is gone: Vietnamese "nó", Czech "ní")',
    (text) => expect(analyze(text).safety).toBe(true),
  );
  it.each(["la caméra n'est pas chaude", 'die Kamera ist nicht heiß', 'no sale humo ni huele a quemado', 'a câmera não está quente', 'it was hot outside all week'])('does not flag %s', (text) =>
    expect(analyze(text).safety).toBe(false),
  );
  it.each(['the adapter reads 71 °C with my thermometer', 'the plug measured 150 F'])('flags %s (a temperature too hot for a device)', (text) =>
    expect(analyze(text).safety).toBe(true),
  );
  it.each(['it was 35 °C outside today', 'the room is 21 degrees c'])('does not flag %s', (text) => expect(analyze(text).safety).toBe(false));
  it.each([
    ['the battery pushed the lid open, like it has grown', 'a case pushed out of shape'],
    ['the doorbell has been pushed out from the mount', 'a case pushed out of shape'],
    ['the back of the hub is pressing outward', 'a case pushed out of shape'],
    ['I picked up the camera and it felt like a rice cooker lid', 'heat told by a likeness'],
    ['my nephew says the adapter is like a phone charging under the pillow', 'heat told by a likeness'],
    ['I unplugged the camera and had to put it down fast', 'heat told by letting go'],
    ['it was hard to keep my hand on the hub', 'heat told by a touch'],
    ['the cam slipped off the shelf and I fished it out a minute later', 'a device fished out'],
    ['the prongs on the adapter look darkish', 'scorching'],
    ['is it normal that the prongs are black at the tips', 'scorching'],
    ['the plug gave a little electric to my fingers', 'a shock'],
    ['there is blue light jumping between the plug and the wall', 'sparks'],
    ['the cat chewed it and you can see the inside bits', 'bare insides'],
    ['it is roasting in the loft and the camera got very hot', 'heat of a part, with a place named'],
    ["it's so hot here when I touch it", 'a touch, with a place named'],
    ['the hub was absolutely roasting when I picked it up', 'heat of a part'],
    ['the garage smells of hot plastic', 'a smell, with a place named'],
    ['バッテリーがふくらんでいます', 'Japanese'],
    ['акумулятор надувся', 'Ukrainian'],
    ['toiteplokk on liiga soe', 'Estonian'],
    ['सकेटबाट झिल्को निस्कियो', 'Nepali'],
    ['de stekker gaf een klein vonkje', 'Dutch'],
    ['se ha inflado la batería', 'Spanish'],
    ['saya nampak asap nipis di adapter', 'Malay'],
    ['የካሜራዬ ባትሪ አብጦ ነው', 'Amharic'],
    ['the charger felt like it had been sitting in the sun all day, and it lives indoors', 'heat likened to the sun'],
    ['I lifted the camera off its charger and had to put it straight down', 'heat told by letting go'],
    ['the plug showed a small light like a little fire inside', 'a flame'],
    ['de lader voelt aan als een strijkijzer', 'Dutch, like an iron'],
    ['شوية مي فاتت جوا الكاميرا', 'Levantine Arabic, water inside'],
    ['the back cover of the battery cam has domed out', 'a swollen case'],
    ['the socket cover looks wavy now', 'plastic gone soft at a power part'],
    ['I touched the bracket and felt a tickle in my finger', 'a shock told as a tickle'],
    ['when I push the plug in there is a tiny light like a little star', 'a spark told as a star'],
    ['the adapter was like a tawa just off the gas', 'heat told by a likeness'],
    ['the doorbell fell in the pool yesterday', 'a device in water'],
    ['कैमरे के सॉकेट में नीली चमक दिखी', 'Hindi, a blue flash'],
    ['the connector end got so hot today', 'heat of a part, with a day named'],
    ['the charger got so warm I did not want to hold it', 'heat told by letting go'],
    ['ein Marder hat am Kabel genagt', 'German, a chewed cable'],
    ['the lead has gone sticky near the plug', 'plastic gone soft at a power part'],
    ['the case is open on one side, like something grow inside', 'a swollen case'],
    ['el cargador no se podía ni tocar', 'Spanish, too hot to touch'],
  ])('flags %s (%s)', (text) => expect(analyze(text).safety).toBe(true));
  it.each([
    ["it's too hot here in July, the light is red", 'heat said of the weather'],
    ['the weather is really hot here, but the camera is in the shade', 'heat said of the weather'],
    ['birds poop on the outdoor camera all the time', 'not a pop'],
    ['the kids threw water balloons at the camera', 'a game'],
    ['the fire brigade closed our road and the camera went red', 'a service'],
    ['we bake in a wood fired oven and the shop smells a bit smoky all day', 'an oven'],
    ['I sprained my wrist and it is swollen, the camera is red', 'a sprain'],
    ['the status lamp burns red all day', 'a lamp'],
    ['the camera keeps panning to the left on its own', 'a turn'],
    ['the power round here keeps cutting out', 'a place'],
    ['a loud bang from the substation and the lights flickered, camera red', 'the substation'],
    ['the red light is a hot topic at home', 'a hot topic'],
    ['tidak ada asap, lampu merah berkedip', 'Indonesian, denied'],
    ['I am burning out trying to get this camera back', 'worn out'],
    ['our team got smoked in the final and then the camera went red', 'a defeat'],
    ['we were watching the Sparks game when the camera went red', 'a team'],
    ['my phone got flooded with offline alerts overnight', 'alerts'],
    ['my dad smokes on the balcony, could the smoke bother the camera', 'a smoker'],
    ['trời nóng quá, camera nhấp nháy đỏ', 'Vietnamese, the weather'],
    ['it is hot as anything outside but the camera sits in the shade', 'heat said of the weather'],
    ['my phone is on the same wifi and it feels like the camera is ignoring it', 'a phone, then a feeling'],
    ['kamerassa ei pala mitään valoa', 'Finnish, no light on'],
    ['the adapter makes a faint high pitched whine', 'a whine alone, common in small adapters'],
    ['the light burns red like a little fire', 'a lamp'],
    ['I was shocked how fast it stopped working', 'surprise'],
    ['I burnt my data bundle on the setup', 'data used up'],
    ['the city is so hot nowadays', 'heat of a time'],
    ['the camera sits in the conservatory, which gets very warm in summer', 'a clause told of a place'],
    ['is a red light meaning my camera is spoilt?', 'spoilt, not spilt'],
    ['the camera sits above the hot towel cabinet', 'a hot towel'],
    ['the camera is in the restaurant toilet corridor', 'a place'],
    ['what is the VAT on hot takeaway food', 'food'],
    ['the AC drips water above it but a little roof keeps the camera from getting wet', 'water that does not reach it'],
    ['a power surge popped a couple of bulbs and the plug blinks red', 'bulbs'],
    ['I tried holding the button but not sure for how long', 'a button held'],
  ])('does not flag %s (%s)', (text) => expect(analyze(text).safety).toBe(false));
  it('reads a danger on the power supply as power, whichever sentence names the part', () => {
    expect(analyze('there is a funny burning smell in the hall. the adapter looks a bit discoloured').causes[0]?.id).toBe('power');
  });
  it.each([
    ['water crept into the camera along the power cable, there are droplets behind the lens', 'hardware'],
    ['my son spilled juice all over the camera', 'hardware'],
    ['the camera blinks red and the adapter smells of burning', 'power'],
    ['the charger of my C200 is melting', 'power'],
    ['a burnt smell is coming from the camera adapter', 'power'],
    ['when I plugged it back in a thin wisp came out of the vents on the camera', 'hardware'],
    ['the adapter gave a little spark when I plugged it in', 'power'],
  ])('puts the part the danger is on first: %s', (text, cause) => expect(analyze(text).causes[0]?.id).toBe(cause));
  it.each([
    ['the charger, the little plug you charge it with, I couldn\'t keep my hand on it when I pulled it out', 'power'],
    ['the camera on the fence, I couldn\'t keep my hand on it when I took it down', 'hardware'],
  ])('reads the part a danger told as "it" is on from its sentence: %s', (text, cause) => {
    const a = analyze(text);
    expect(a.safety).toBe(true);
    expect(a.causes[0]?.id).toBe(cause);
  });
  it.each(['the charger was warm enough to dry my socks on', 'a faint fireworks sort of smell around the hub', 'there is an odd pong coming off the doorbell', 'some squash seeped into the card slot', 'the hub sits way hotter than the router beside it'])(
    'flags %s (a danger told by two words together)',
    (text) => expect(analyze(text).safety).toBe(true),
  );
  it.each(['lovely warm weekend so we opened the windows and the camera went red', 'the camera is warm like normal, red blink since the router swap'])('does not flag %s (the words apart, or likened to normal)', (text) =>
    expect(analyze(text).safety).toBe(false),
  );
  it('flags a danger said only of power parts when the part comes after a likeness: there is a buzzing like a wasp from the adapter', () =>
    expect(analyze('there is a buzzing like a wasp from the adapter').safety).toBe(true));
  it.each([
    ['my C200 up on the shelf got way hotter than the wall socket next to it', 'hardware'],
    ['the camera is fine but its adapter is warm like a cup of tea', 'power'],
  ])('puts the part the danger is on first, not what it is likened to: %s', (text, cause) => expect(analyze(text).causes[0]?.id).toBe(cause));
  it.each(['the dome camera has ice crystals, frost inside the lens after the cold night', 'we heard a loud crack came from the camera and then it went red'])('flags %s (frost inside, a loud crack from the device)', (text) =>
    expect(analyze(text).safety).toBe(true),
  );
  it.each(['back from burning man and every camera is red', 'new camera, it still has that new plastic smell, red light since setup', 'popping popcorn for the kids when the camera went red'])(
    'does not flag %s (a festival, a new smell, a snack)',
    (text) => expect(analyze(text).safety).toBe(false),
  );
  it.each(['moving house was a dumpster fire and now the C100 blinks red', 'the builder, whom I would happily fire, moved the socket and the camera went red'])(
    'does not flag %s (fire as a figure of speech)',
    (text) => expect(analyze(text).safety).toBe(false),
  );
  it('reads a hazard that names no cause as a hardware fault', () => {
    expect(analyze('there is smoke coming out of it').causes[0]?.id).toBe('hardware');
    expect(analyze('the adapter smells like burning').causes.map((c) => c.id)).toContain('power');
  });
});

describe('analyze: the light alone', () => {
  it.each([
    ['SOLID RED FOR 2 HOURS ON MY C210', 'power'],
    ['it goes red and green, red and green', 'network'],
    ['the cam has been blinking red slowly all day', 'network'],
  ])('gives the causes the guide reads in the pattern when no word names one: %s', (text, cause) => {
    const a = analyze(text);
    expect(a.causes[0]?.id).toBe(cause);
    expect(a.causesFromPattern).toBe(true);
  });
  it('lets the words decide when they name a cause', () => {
    const a = analyze('blinking red slowly since the power cut');
    expect(a.causes[0]?.id).toBe('power');
    expect(a.causesFromPattern).toBe(false);
  });
  it('reads a burst of blinks as the guide does: firmware or network first', () => {
    const a = analyze('the light blinks red three times, pauses, then three again');
    expect(a.causes.slice(0, 2).map((c) => c.id)).toEqual(['firmware', 'network']);
  });
  it('guesses nothing for a light that is not about the product', () => expect(analyze('my printer blinks red slowly').causes).toEqual([]));
  it.each(['the doorbell cam keeps flashing red at me', 'our hub has been blinking red since lunch'])('reads a red blink of untold speed as the blinking patterns do, the network first: %s', (text) => {
    const a = analyze(text);
    expect(a.pattern).toBeNull();
    expect(a.causes[0]?.id).toBe('network');
    expect(a.causesFromPattern).toBe(true);
  });
  it('guesses nothing for another thing blinking red at an untold speed', () => expect(analyze('the red light on the printer keeps flashing').causes).toEqual([]));
  it.each(['the one by the back door. Red. Again.', 'the status light has gone red, nothing else to say'])('reads a red light told no further as the patterns do on average, the network first: %s', (text) => {
    const a = analyze(text);
    expect(a.causes[0]?.id).toBe('network');
    expect(a.causesFromPattern).toBe(true);
  });
  it('guesses nothing for red told of no light', () => expect(analyze('we painted the hallway red last weekend').causes).toEqual([]));
});

describe('analyze: signs of a weak connection', () => {
  it.each(['my camera goes red whenever the microwave is on, then it recovers', 'the app only shows a black screen and the light blinks red', 'of the four cameras the one furthest from the router is the red one', 'every night when the router reboots itself at 3am the camera goes red and stays red'])(
    '%s puts the network first',
    (text) => expect(analyze(text).causes[0]?.id).toBe('network'),
  );
});

describe('analyze: other things told of', () => {
  it('takes no evidence from a phone dropped and cracked', () =>
    expect(analyze('I dropped my phone and the screen is cracked, and the C200 blinks red and shows offline').causes[0]?.id).toBe('network'));
});

describe('analyze: the router losing power', () => {
  it('puts the network first when the router came back after the camera', () =>
    expect(analyze('after the power cut the camera was up long before the router and it has been red since').causes[0]?.id).toBe('network'));
  it.each([
    'the electricity came back at noon, the router is still booting and the C110 flashes red',
    'the power cut ended an hour ago, the router took way longer to restart than the C200 and it is blinking red',
    'the C310 was back on before the broadband box had booted after the outage, and it flashes red',
  ])('puts the network first when the router is told back later: %s', (text) => expect(analyze(text).causes[0]?.id).toBe('network'));
  it('puts the network first when the router reboots itself, though the camera is power-cycled', () =>
    expect(analyze('the router reboots itself at 4am and the cams go red until I power cycle them').causes[0]?.id).toBe('network'));
  it('leaves the firmware first when the router dropped during an update', () =>
    expect(analyze('the router rebooted during the update and now the camera is red').causes[0]?.id).toBe('firmware'));
});

describe('analyze: an appliance starting up on the same supply', () => {
  it.each(['the cam drops to red every time the washing machine starts', 'only when our old well pump kicks in does the plug blink red', 'the hub goes red whenever the electric kettle goes on'])(
    '%s puts the power first',
    (text) => expect(analyze(text).causes[0]?.id).toBe('power'),
  );
  it('leaves a microwave to the network', () => {
    expect(analyze('the camera goes red whenever the microwave is running').causes[0]?.id).toBe('network');
    expect(analyze('every time my flatmate fires up the microwave the camera blinks red').causes[0]?.id).toBe('network');
  });
  it.each([
    'nobody has charged the C420 since the summer and it blinks red now',
    'the C400 runs off a solar panel and now that it is winter it keeps going red',
    'we extended the power lead with 15 metres of cable and now it is red',
    'the electrician swapped the socket for one with a timer and the C200 blinks red since',
    'plugged the camera into the UPS next to the PC and it has been solid red since',
    "I don't think anyone has charged the doorbell since spring, it blinks red",
    'the barn camera runs on a solar panel. it went red after a week of grey days',
    'we moved the C110 to the caravan and it runs off the hook-up lead at the campsite, red light since',
  ])('%s puts the power first', (text) => expect(analyze(text).causes[0]?.id).toBe('power'));
  it.each(['we have not updated the C100 in about three years and now it blinks red', 'nobody ever updated it, the C210 flashes red'])('%s puts the firmware first', (text) =>
    expect(analyze(text).causes[0]?.id).toBe('firmware'),
  );
  it.each([
    'is it the microwave? every time I warm up my coffee the camera goes red',
    'the C100 sits on the shelf just above the microwave and goes red when someone warms up the soup',
  ])('leaves a microwave named with food heated each time, or told beside the device, to the network: %s', (text) =>
    expect(analyze(text).causes[0]?.id).toBe('network'),
  );
  it('reads the appliance after its starting too', () => expect(analyze('every time the farmer next door fires up his welder the cam goes red').causes[0]?.id).toBe('power'));
  it('reads an appliance told on the same circuit or strip, starting or not', () =>
    expect(analyze('red every night since the porch lights went on the same circuit').causes[0]?.id).toBe('power'));
  it('reads the device unplugged and put back into the same socket as its supply touched', () =>
    expect(analyze('moved the sofa, so I unplugged the camera and later plugged it back into the same socket, now red').causes[0]?.id).toBe('power'));
});

describe("analyze: the router's firmware, the weather", () => {
  it("reads an update of the router's firmware as a network change, not the device's update", () => {
    const a = analyze('I updated the router firmware last night, not the camera, and now the plug blinks red');
    expect(a.events).toEqual(['network-change']);
    expect(a.causes[0]?.id).toBe('network');
  });
  it('reads red only in a frost, gone once it warms up, as the device', () =>
    expect(analyze('the camera in the shed blinks red when it is below freezing outside and it is fine again when it warms up').causes[0]?.id).toBe('hardware'));
});

describe('analyze: the same thing, or a shared one', () => {
  it('reads a power strip shared with a heater as power', () =>
    expect(analyze('the camera is on the same power strip as the space heater and it keeps going red').causes[0]?.id).toBe('power'));
  it('takes nothing from a power strip that stayed the same', () =>
    expect(analyze('the camera is on the same power strip as before and it keeps going red').causes.map((c) => c.id)).not.toContain('power'));
});

describe('analyze: caution (words near a danger, naming none)', () => {
  it.each(['the camera blinks red and the adapter is a bit warm', 'it has been raining hard and the outdoor camera blinks red', 'the garage is damp and the light blinks red', 'the plastic round the plug looks a bit brown', 'the cable looks kinked', 'the adapter feels a little warm'])(
    'asks to check on %s',
    (text) => expect(analyze(text)).toMatchObject({ safety: false, caution: true }),
  );
  it.each(['my camera blinks red fast after a power cut', 'the adapter is not warm at all', 'the camera points at the pool', "what's the weather like, is it warm out"])('says nothing on %s', (text) =>
    expect(analyze(text).caution).toBe(false),
  );
  it('checks a description of the product told mostly in words it does not know', () => {
    expect(analyze('Tapo C200 kamerakuwa inawaka taa nyekundu haraka sana tangu jana usiku')).toMatchObject({ safety: false, caution: true });
    expect(analyze('Tapo C200 kamerakuwa inawaka taa nyekundu haraka sana, nifanye nini?').caution).toBe(false);
  });
  it('leaves caution to a named danger', () => expect(analyze('the adapter is too hot to touch')).toMatchObject({ safety: true, caution: false }));
  it('checks, without stopping, an outdoor camera soaked by the rain it is made for', () =>
    expect(analyze('the C320WS got soaked in the storm, it is weatherproof, and now it blinks red')).toMatchObject({ safety: false, caution: true }));
  it('checks, without stopping, burnt toast that set off the smoke alarm', () =>
    expect(analyze('the smoke alarm went off when I burnt the toast and now the camera blinks red')).toMatchObject({ safety: false, caution: true }));
  it.each(['there is a smell like burnt toast near the camera', 'the smoke alarm went off and the adapter smells of burning'])('still stops for %s', (text) =>
    expect(analyze(text).safety).toBe(true),
  );
  it.each(['it is weatherproof but water got inside the lens and it blinks red', 'the camera got soaked and it is not weatherproof'])('still stops for %s', (text) =>
    expect(analyze(text).safety).toBe(true),
  );
  it('checks, without stopping, a spill that the owner says did not reach the device', () =>
    expect(analyze('I knocked a glass of water over beside the hub but none of it got on it, and the hub blinks red')).toMatchObject({ safety: false, caution: true }));
  it('still stops for a spill that reached the device', () =>
    expect(analyze('I knocked a glass of water over the hub and now it blinks red').safety).toBe(true));
});

describe('analyze: words that hint at a danger', () => {
  it.each(['the camera has gone a bit pongy and blinks red', 'the adapter is lukewarm and the camera blinks red'])('checks %s', (text) =>
    expect(analyze(text)).toMatchObject({ safety: false, caution: true }),
  );
  it.each(['I am doing a reset and switching the router off', 'the C200 blinks red since I switched routers'])('says nothing on %s', (text) =>
    expect(analyze(text)).toMatchObject({ safety: false, caution: false }),
  );
});

describe('analyze: words near a danger in other languages', () => {
  it.each(['Kamera jest ciepła i miga na czerwono', 'カメラが濡れて赤く点滅しています'])('checks %s', (text) =>
    expect(analyze(text)).toMatchObject({ safety: false, caution: true }),
  );
  it.each(['Het lukt niet om de camera te verbinden', 'Mikä on paras pizzapaikka Helsingissä?', 'Камера мигает красным в течение дня'])('does not take a word of another language for one: %s', (text) =>
    expect(analyze(text)).toMatchObject({ safety: false, caution: false }),
  );
});

describe('analyze: scripts other than the Latin alphabet', () => {
  it.each([
    'Камера мигает красным, а блок питания дымится',
    'Адаптер дуже гарячий і пахне горілим',
    'Η κάμερα αναβοσβήνει κόκκινο και βγάζει καπνό',
    'יש ריח שרוף מהמטען של המצלמה',
    'المحول ساخن والكاميرا تومض باللون الأحمر',
    'एडाप्टर से धुआं निकल रहा है',
    '어댑터에서 연기가 나요',
    'アダプターから焦げ臭いにおいがします',
    '摄像头的插头冒烟了',
    'มีควันออกมาจากปลั๊ก',
  ])('flags %s', (text) => expect(analyze(text).safety).toBe(true));
  it.each([
    ['Камера мигает красным после обновления прошивки', 'firmware-update'],
    ['停電の後からカメラが赤く点滅しています', 'power-outage'],
    ['אחרי העדכון המצלמה מהבהבת באדום', 'firmware-update'],
  ])('reads the event in %s', (text, event) => expect(analyze(text)).toMatchObject({ safety: false, events: [event] }));
  it.each(['我的摄像头红灯闪烁，今天天气很好', 'Камера мигает красным уже два дня'])('finds no danger in %s', (text) => expect(analyze(text).safety).toBe(false));
});

describe('analyze: a change of internet provider told by the providers\' names', () => {
  it.each(['we changed from Telstra to Optus and the camera went red', 'since we went over to Vodafone the plug blinks red'])('%s is a network change', (text) => {
    const a = analyze(text);
    expect(a.events).toEqual(['network-change']);
    expect(a.causes[0]?.id).toBe('network');
  });
});

describe('analyze: events in other languages', () => {
  it.each([
    ['Kamera argi gorria keinuka dago argindarra joan zen geroztik', 'power-outage'],
    ['Eile vahetasime internetiteenuse pakkujat ja pistik vilgub punaselt', 'network-change'],
    ['Po elektros dingimo kamera mirksi raudonai', 'power-outage'],
    ['Після відключення світла камера блимає червоним', 'power-outage'],
    ['Limyè kamera a ap kliyote wouj depi kouran te koupe', 'power-outage'],
    ['Tá an solas dearg ag caochadh go tapa ó fuair muid ródaire nua', 'network-change'],
    ['P110 pistik vilgub punaselt pärast eilset elektrikatkestust', 'power-outage'],
    ["Tha solas dearg a' priobadh bho chaidh an dealan dheth a-raoir", 'power-outage'],
    ['Переставили камеру на веранду, теперь горит красный', 'relocation'],
    ['Kamera vilkkuu punaisena päivityksen jälkeen', 'firmware-update'],
    ['Id-dawl aħmar qed iteptep minn meta ċċaqlaqtha', 'relocation'],
    ["Iná kámẹ́rà ń ṣẹ́jú pupa láti ìgbà rọ́útà tuntun", 'network-change'],
    ['mi camara parpadea en rojo desde que cambie la contrasena', 'network-change'],
    ['sinds ik hem heb verplaatst knippert hij rood', 'relocation'],
    ['seit ich das Passwort geändert habe blinkt sie rot', 'network-change'],
  ])('%s -> %s', (text, event) => expect(analyze(text).events).toContain(event));
});

describe('analyze: a flat battery, a flicker, text-speak', () => {
  it('reads a battery running out as power', () => {
    expect(analyze('my battery cam says battery 5% and it is red').causes.map((c) => c.id)).toContain('power');
    expect(analyze('low battery warning on the doorbell').causes.map((c) => c.id)).toContain('power');
    expect(analyze('battery is at 90%, the light is red').causes.map((c) => c.id)).not.toContain('power');
  });
  it('reads a socket on a timer as power, a router on one as network', () => {
    expect(analyze('my C200 clignote depuis que je l ai mise sur une prise avec minuteur').causes[0]?.id).toBe('power');
    expect(analyze('the router is on a timer and the camera is red every morning').causes[0]?.id).toBe('network');
  });
  it.each(['we run the camera on a generator at the cabin and it blinks red', 'the doorbell battery says 10 percent and it blinks red', 'the cabin has a generator that kicks in at dusk, and the C310 there flashes red'])('reads a generator or a battery told in percent as power: %s', (text) =>
    expect(analyze(text).causes[0]?.id).toBe('power'),
  );
  it('reads a smart plug that still switches by its button as network', () =>
    expect(analyze('the P100 is red but the fan plugged into it still switches when I push the button').causes[0]?.id).toBe('network'));
  it.each(['the P110 blinks red, yet the dehumidifier still runs fine through it', 'my P100 is red and the aquarium pump is still getting power', 'the plug blinks red, though it clicks when I press its button'])(
    'reads a smart plug that still feeds its load or clicks at its button as network: %s',
    (text) => expect(analyze(text).causes[0]?.id).toBe('network'),
  );
  it.each(['the camera runs on the adapter from my old router now and blinks red', 'I lost its original charger and use a generic one, red light since', 'swapped in a 12V one I had lying around'])(
    'reads a supply that is not the device\'s own as power: %s',
    (text) => expect(analyze(text).causes[0]?.id).toBe('power'),
  );
  it.each(['all four of our cameras went red at once this morning', 'the hub light is red and both C420s show offline', 'the plugs all went red together last night'])(
    'reads several devices red together, on no shared supply, as network: %s',
    (text) => expect(analyze(text).causes[0]?.id).toBe('network'),
  );
  it('reads a battery device red in the cold as power', () => expect(analyze('the C420 on the gate goes red on frosty nights and is fine by noon').causes[0]?.id).toBe('power'));
  it.each(['my battery doorbell shows 100% battery but blinks red', 'the C420 is fully charged and still flashes red'])('reads a battery told full as no trouble with power: %s -> network', (text) =>
    expect(analyze(text).causes[0]?.id).toBe('network'),
  );
  it('keeps a changed network first when only restarts and resets were tried since', () =>
    expect(analyze('my husband changed the wifi password on Friday. I unplugged it for a minute, still the same').causes[0]?.id).toBe('network'));
  it('rules the power out with the rest when a power part was swapped too, whatever else changed', () =>
    expect(analyze('we got a new router. I swapped the adapter, restarted it, reset it, still red').causes[0]?.id).toBe('hardware'));
  it('puts the next suspect before the power when only power parts were swapped and the trouble stayed', () =>
    expect(analyze('tried a different adapter and another socket, the C110 still flashes red').causes[0]?.id).not.toBe('power'));
  it('reads power parts tried by the count as the power ruled out with the rest', () =>
    expect(analyze('been through four chargers and two outlets, reset it twice, still blinking red').causes[0]?.id).toBe('hardware'));
  it.each(['my battery camera on the gate flashes red and the hub is in the lounge', 'the C400 battery cam keeps flashing red, the hub says it is fine'])('reads a battery camera told beside its hub as its link: %s -> network', (text) =>
    expect(analyze(text).causes[0]?.id).toBe('network'),
  );
  it.each(['the C420 flashes red, the hub is fine, the battery shows 8%', 'the C420 fell off the fence, now it flashes red and the hub is fine'])('keeps another suspect first beside the hub: %s', (text) =>
    expect(analyze(text).causes[0]?.id).not.toBe('network'),
  );
  it.each(['the battery ran flat, I charged it to full and it is still red', 'the power bank is fully charged and the camera blinks red'])('keeps the power first when the battery ran flat or is not the device\'s own: %s', (text) =>
    expect(analyze(text).causes[0]?.id).toBe('power'),
  );
  it.each(['the solar panel on the battery cam has been under snow all week and it blinks red', 'no sun for weeks here and the cam on the solar panel keeps going red'])(
    'reads a solar panel that gets no sun as power: %s',
    (text) => expect(analyze(text).causes[0]?.id).toBe('power'),
  );
  it('reads a long cable run to the device as power', () =>
    expect(analyze('wifi reaches the shed fine, but the camera there sits on the end of 30m of cable and blinks red slowly').causes[0]?.id).toBe('power'));
  it('reads a smart plug on its own timer as no supply trouble, and one in a timer socket as one', () => {
    expect(analyze('my P110 is on a timer for the porch lamp and flashes red').causes[0]?.id).not.toBe('power');
    expect(analyze('my P110 sits in a timer socket in the hall and keeps flashing red').causes[0]?.id).toBe('power');
  });
  it.each(['my multimeter reads 4.6V at the end of the camera cable and it blinks red', 'the PoE splitter measures 9.8 V instead of 12 and the camera is red'])(
    'reads a supply measured low as power: %s',
    (text) => expect(analyze(text).causes[0]?.id).toBe('power'),
  );
  it('does not read a supply measured right as power', () =>
    expect(analyze('measured 5.08V at the camera end, the router is 3 m away and it still blinks red slowly').causes[0]?.id).not.toBe('power'));
  it('reads a red flicker as rapid', () => expect(analyze('the status light flickers red all the time').pattern).toBe('rapid'));
  it.each(['the light blinks red like 3 and stop, 3 and stop', 'red blink blink blink... pause... blink blink blink'])('reads a burst told by its order: %s', (text) =>
    expect(analyze(text).pattern).toBe('burst'),
  );
  it('reads a story told in fragments as one sentence', () => expect(analyze('SLOW. RED. BLINKING. FOR. A. WEEK. C310. NEW. ROUTER.').events).toContain('network-change'));
  it('does not take "n" for a negation', () => expect(analyze('blinking red n green back and forth').pattern).toBe('alternating'));
  it.each(['the light goes red blue red blue', 'orange, red, orange, red ever since the new router', 'red then green then red then green'])(
    'reads colours told taking turns as alternating: %s',
    (text) => expect(analyze(text).pattern).toBe('alternating'),
  );
});

describe('analyze: a burst of blinks', () => {
  it.each(['the led flashes red four times, pauses, then does it again', 'blinks twice then a short pause', '2 quick blinks then it stops', 'it blinks red three times fast, then nothing for a while, then again'])('%s is a burst', (text) =>
    expect(analyze(text).pattern).toBe('burst'),
  );
  it.each(['the led goes red red red, stops, red red red', 'blink blink blink then a rest, over and over', 'red light twice then dark then twice', 'the light goes quick-quick-quick, pause, on my C320WS', 'the C220 light does a double blink and then rests'])('%s is a burst told blink by blink', (text) =>
    expect(analyze(text).pattern).toBe('burst'),
  );
  it.each(['i unplugged it twice, it stops working after a minute', 'it blinks twice a second', 'did a quick quick restart and it stopped blinking', 'the lights flickered a few times and then the whole street went dark, now the camera is red'])('%s is not', (text) =>
    expect(analyze(text).pattern).not.toBe('burst'),
  );
});

describe('analyze: the pattern told another way', () => {
  it.each([
    ["it's red, not blinking", 'solid'],
    ['the light is just red, nothing else', 'solid'],
    ['kamera świeci na czerwono, nie miga', 'solid'],
    ['the red light comes on every 3 seconds', 'slow'],
    ['red flashes about 3 times a second', 'rapid'],
    ['the light has been a deep crimson all day, not flashing', 'solid'],
    ['카메라 빨간 불이 계속 켜져 있어요', 'solid'],
    ['ไฟแดงกะพริบช้าๆ ทั้งวัน', 'slow'],
    ['ランプが赤と緑に交互に光る', 'alternating'],
  ])('%s -> %s', (text, pattern) => expect(analyze(text).pattern).toBe(pattern));
  it.each(['the red lamp on the plug shines all the time now', 'after I dropped it the hub just sits there red', 'the C110 shows one red light that never changes'])('%s -> solid: a red light that stays', (text) =>
    expect(analyze(text).pattern).toBe('solid'),
  );
  it('leaves a light that is not red without a red pattern', () => expect(analyze('the light is green now, not blinking').pattern).toBeNull());
  it.each([
    ['after a restart it was solid red for maybe a minute, then it went back to blinking red slowly', 'slow'],
    ['solid red while it boots, now it flashes red really fast again', 'rapid'],
    ['solid red for half a minute when it starts, then it blinks green', 'solid'],
  ])('%s -> %s: a steady red at start-up, then what the light does', (text, pattern) => expect(analyze(text).pattern).toBe(pattern));
});

describe('analyze: other makers\' products', () => {
  it.each(['my arlo camera keeps dropping offline', 'the ring doorbell light is spinning blue', 'wyze cam shows a solid red light'])('%s is out of scope', (text) => {
    const a = analyze(text);
    expect({ brand: a.otherBrand !== null, onTopic: a.onTopic, causes: a.causes, pattern: a.pattern, faq: a.faq, device: a.entities.device }).toEqual({
      brand: true, onTopic: false, causes: [], pattern: null, faq: null, device: undefined,
    });
  });
  it.each(['my tapo camera went red when the arlo one was installed', 'C310 blinking red, next to a ring doorbell', 'the camera blinks red'])('%s is about a Tapo device', (text) =>
    expect(analyze(text).otherBrand).toBeNull(),
  );
});

describe('analyze: commands and questions', () => {
  it.each([
    ['talk to a person', 'human'],
    ['it works now', 'fixed'],
    ['start over', 'restart'],
    ['still blinking', 'still-blinking'],
    ['tell me more', 'explain'],
    ['the light changed', 'changed'],
    ['common questions', 'faq-list'],
  ])('%s -> %s', (text, id) => expect(analyze(text).command?.id).toBe(id));

  it('answers quick questions', () => {
    expect(analyze('is reseting risky?').faq?.id).toBe('factory-reset-safe');
    expect(analyze('what does the red light mean').faq?.id).toBe('red-light-meaning');
    expect(analyze('is reseting risky?').question).toBe(true);
    expect(analyze('it blinks red since yesterday').question).toBe(false);
  });
});

describe('analyze: entities', () => {
  it('reads counts, rates, durations, dates, models and firmware', () => {
    const e = analyze('my C520WS blinks 3 times then a pause, twice a second, for 20 minutes since yesterday, firmware 1.3.9 Build 230315').entities;
    expect(e.model).toBe('C520WS');
    expect(e.blinkCount).toBe(3);
    expect(e.frequencies).toEqual([2]);
    expect(e.durations).toEqual([1200]);
    expect(e.since).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(e.firmware).toBe('1.3.9 Build 230315');
  });
});

describe('analyze: dangers and harmless words, causes and changes told in passing', () => {
  it.each([
    'die muurprop het gevonk toe ek die kamera ingeprop het',
    'the hub smells like burning toast and nobody is cooking',
    'the doorbell faceplate is being pushed out from behind',
    "j'ai trouvé de l'eau dans le chargeur de la caméra",
    'tengo agua en el adaptador de la cámara',
    "c'è acqua nel caricatore della telecamera",
    'nach dem Gewitter war Wasser im Netzteil',
  ])('flags %s', (text) => expect(analyze(text).safety).toBe(true));
  it.each([
    "red light on the cam again, the popcorn's popping next door",
    'got the C200 on a smoking deal and it blinks red',
    'the kettle gets hot of course but the plug itself is cool, and the P110 blinks red',
    'the garage is where the water comes in when it floods, so the C210 watches it and now blinks red',
    'thunder crackling all evening and the camera went red',
    'the adapter is warmish like a phone charger, nothing crazy, the camera went red after the router change',
    'the app is burning through my mobile data and the camera is red',
  ])('does not flag %s', (text) => expect(analyze(text).safety).toBe(false));
  it.each([
    'the plug the kettle is on is hot',
    'I was cooking and burnt my fingers on the adapter',
    'the adapter smells like burning brush',
    'our ground floor flooded, the hub was on the floor',
    'the C310 is rated for rain but there is water on the lens inside the housing',
    'droplets on the outside and inside of the lens',
    'the plug honestly shocked me when I touched it',
    'the junction box got soaked and the camera is red',
    'the adapter is rated for 2A and it got wet in the rain',
    'the plug of my outdoor C310 got wet',
    'the camera housing is like an oven',
    'the plug is on fire',
    'the plug is literally melting',
    'the socket is burnt out and black',
    'something popped in the adapter',
    'smoke was blowing out of the adapter',
    'smoke drifting out of the camera',
    'there was a spark to the metal bracket',
    'the plug burned up',
    'the cable is burning through the plastic',
    'the adapter is fuming',
    'the camera is weatherproof but its plug got wet',
    "it's an outdoor camera, but the adapter is soaked",
  ])('still flags %s (a harmless phrase must not hide a danger told beside it)', (text) => expect(analyze(text).safety).toBe(true));
  it.each([
    ['the camera runs from the usb port on the back of the wifi router now, red light', 'power'],
    ['the C210 grinds when it turns and the light is red', 'hardware'],
    ['the C200 picture is purple and the light blinks red', 'hardware'],
    ['running the C100 off a no-name charger now, red blink', 'power'],
  ])('%s puts %s first', (text, cause) => expect(analyze(text).causes[0]?.id).toBe(cause));
  it.each([
    ['we set the wifi to 5ghz last week and the camera blinks red', 'network-change'],
    ['turned on MAC filtering last night, the C200 is red', 'network-change'],
    ["my uncle 'fixed' the wifi and the plug is red now", 'network-change'],
    ['pw changed yesterday, hub blinks red', 'network-change'],
    ['load-shedding again, the C310 is red', 'power-outage'],
    ['TP-Link pushed a hotfix to all the cams and mine is red', 'firmware-update'],
    ['since I put in a powerline kit for the office the C210 blinks red', 'network-change'],
    ['created another SSID just for the cameras and the C100 went red', 'network-change'],
    ['hubo racionamiento de energía toda la semana y la cámara sigue en rojo', 'power-outage'],
    ['caiu o disjuntor e a câmera ficou vermelha', 'power-outage'],
    ['mudei o hub para a sala e agora pisca vermelho', 'relocation'],
  ])('%s tells of %s', (text, event) => expect(analyze(text).events).toContain(event));
});

describe('analyze: water told plainly, words of daily life, a socket shared with an appliance, a surge that outlived a new adapter', () => {
  it.each(['rain got into the junction box the camera plug sits in', 'the puppy knocked the C110 into its water bowl'])('flags %s', (text) => expect(analyze(text).safety).toBe(true));
  it.each([
    'the toddler sleeps with his arms up and the nursery camera blinks red',
    'that camera has sparked a proper row at home, it blinks red all day',
    'scorching day today and the C310 on the fence blinks red',
    "it's an outdoor camera, so water all over the lens is fine, but it blinks red",
    'it is weatherproof, it got sprayed by the hose while I washed the car, and it blinks red',
    'my phone charger gets warm when I charge it overnight',
    'I am burning out from restarting the hub every day, it blinks red again',
  ])('does not flag %s', (text) => expect(analyze(text).safety).toBe(false));
  it.each([
    ['moved the C200 to a socket on the landing that also runs the tumble dryer, red blinking', 'power'],
    ['moved the TC60 into the outlet beside the pool pump and it blinks red', 'power'],
    ['lightning hit the house next door and the C320WS stays red, even with a new adapter', 'hardware'],
    ['a power surge went through the street; I tried a spare adapter and the C100 is still red', 'hardware'],
    ['do I need a new adapter after the power surge? the camera is red', 'power'],
    ['the C210 is stuck pointing at the floor and blinks red', 'hardware'],
    ['我的摄像头从桌子上掉下来了，一直闪红灯', 'hardware'],
  ])('%s puts %s first', (text, cause) => expect(analyze(text).causes[0]?.id).toBe(cause));
  it.each([
    ['搬家以后摄像头一直闪红灯', 'relocation'],
    ['換了業者之後攝影機就一直閃紅燈', 'network-change'],
  ])('%s tells of %s', (text, event) => expect(analyze(text).events).toContain(event));
});

describe('analyze: checks told fine, the router back late, a storm that only let water in, harmless words of places and things', () => {
  it.each([
    ['router ok, wifi fine, the C200 keeps rebooting with a red light', 'network'],
    ['the C500 on the allotment shed runs from a long garden extension, slow red blink', 'network'],
  ])('%s does not put %s first', (text, cause) => expect(analyze(text).causes[0]?.id).not.toBe(cause));
  it.each([
    ['every evening after load shedding the cameras stay red until I replug them once the router is up', 'network'],
    ['the C500 head droops down and will not turn, red blinking', 'hardware'],
    ['the adapter has a dent in it since the ladder fell on it, red light', 'power'],
    ["the cable's pulled half out at the bottom of the camera, red light", 'power'],
  ])('%s puts %s first', (text, cause) => expect(analyze(text).causes[0]?.id).toBe(cause));
  it.each(['all four cameras went red at once, router shows internet ok'])('%s tells of no network change', (text) => expect(analyze(text).events).not.toContain('network-change'));
  it.each([
    'the last agent asked whether there had been a power cut: no, nothing like that. the C110 blinks red',
    'after the storm there are droplets inside the dome of the C320WS, red light',
    'the fire alarm went off while I was cooking, and now the C210 in the kitchen blinks red',
  ])('%s tells of no power cut', (text) => expect(analyze(text).events).not.toContain('power-outage'));
  it.each(['lights out across the whole town last night and the C100 is red', 'after the storm the power went off and the C320WS is red', 'the alarm went off when the power cut came, and the C210 blinks red'])('%s tells of a power cut', (text) =>
    expect(analyze(text).events).toContain('power-outage'),
  );
  it.each([
    'my guide dog harness is fraying, where do I get another',
    'the snowman melted in front of the camera and it blinks red',
    'the hot water urn in the kitchen takes ages to heat up',
    'the lens got salt spray all winter and the light blinks red',
    'the wall gets scorching sun but it is an outdoor camera, red light',
    'support asked me to check whether the adapter gets hot; it is just warm and the C200 blinks red',
    'the adapter feels a bit warm, which I gather is normal, and the camera blinks red',
    'my wife is fuming about the camera blinking red',
  ])('does not flag %s', (text) => expect(analyze(text).safety).toBe(false));
});

describe("analyze: a smart plug's own damage, sounds the device makes, supplies switched or borrowed, batteries run down", () => {
  it.each([
    ['my P110 smart plug crackles and its light blinks red', 'hardware'],
    ['the P100 plug has scorch marks round its edge and the light on it is red', 'hardware'],
    ['the P110 that powers my C200 crackles, and the camera blinks red', 'power'],
    ['the wall socket behind my P100 has scorch marks and the plug blinks red', 'power'],
    ['the power brick of the C100 was making a crackly buzz and the camera light went red', 'power'],
    ['we moved the C110 to the study and plugged it into a point wired to the dimmer, red light', 'power'],
    ['moved the C210 to the loft, it runs on an adapter which came with my kindle, red light', 'power'],
    ['moved the C100 to the loft, it is on an adapter of unknown make now and flashes red', 'power'],
    ['I put the C200 on my desk, plugged into my monitor usb, and it is red', 'power'],
    ['the doorbell says 5% battery and blinks red', 'power'],
    ['I forgot to recharge the C420 for weeks, red blinking', 'power'],
    ['moved the C420 to the porch and swapped its battery for one from the doorbell, red bursts', 'power'],
    ['the router restarted and the TC60 is red, and the adapter is beeping inside', 'power'],
    ['a spark jumped when I plugged the C100 back in this morning, red light since', 'power'],
    ['moved abroad with the C100, it runs from a plug converter, red blinking', 'power'],
    ['we remounted the C320WS and the cable got squashed under the bracket, red light', 'power'],
    ['we moved the C100 next to the bed and plugged it into the lamp socket, red blinking', 'power'],
    ["the C420's solar panel has barely seen any sun this month and the camera is red", 'power'],
  ])('%s puts %s first', (text, cause) => expect(analyze(text).causes[0]?.id).toBe(cause));
  it.each(['in the evenings the kitchen goes quiet and it gives a soft sizzling noise, red light'])('stops at %s', (text) => expect(analyze(text).safety).toBe(true));
});

describe('analyze: harmless words that looked like danger, dangers that stay', () => {
  it.each([
    'since we were burgled the C200 blinks red',
    'the lights went out, the microwave clock reset, and the C100 is red',
    'the C310 on the shed circuit keeps blinking red in short bursts',
    'the fuse burned and the electrician swapped it, the C110 blinks red',
    'how do I see which firmware version is inside the hub?',
    'feeling burnt out, the C210 is red again',
    'I got flooded with motion alerts and then the C200 went red',
    'the wall mount snapped in the storm and the C500 dangles by its cable, red light',
    'popped out to the shops and the C200 went red',
    'it blinks three times then pauses, over and over, on the tea see sixty',
    'the barn flooded in spring but the C310 up high was always dry, red light now',
  ])('does not flag %s', (text) => expect(analyze(text).safety).toBe(false));
  it.each([
    'my camera smells like burnt toast lol',
    'the adapter is on fire today lol',
    "the adapter feels hot like it's fresh out of the oven",
    "there was a short circuit at the camera's plug",
    'my sister sprayed polish on the shelf and some went in the vents of the C200, red light',
    'a little snapping sound comes from inside the C310 and it blinks red',
    'Água entrou no carregador da câmera e a luz pisca vermelho',
    'the socket is a bit burnt out and the camera is red',
    'a spark popped out of the socket behind the C200',
  ])('stops at %s', (text) => expect(analyze(text).safety).toBe(true));
});

describe('analyze: the power judged fine, a router that comes up late or wrong, a reset by mistake', () => {
  it.each([
    ['an electrician measured the socket and said it is not the power; the C200 still blinks red', 'network'],
    ['the modem and the C100 share a timer socket, the modem turns on after the camera, and the camera stays solid red', 'network'],
    ['after every power cut the C210 is red until we restart the router', 'network'],
    ['my toddler pressed the reset button by mistake and now the C110 blinks red fast', 'network'],
    ['I started an update on the C420 with the battery nearly flat and it died halfway, red light now', 'firmware'],
    ['the C500 hangs off the mesh extender in the shed and blinks red', 'network'],
    ['C210 blinks red fast. Already done: swapped the adapter, another socket, reset it, re-added it in the app.', 'hardware'],
    ['we have already tried a new adapter, a different outlet and a factory reset, and the C100 is solid red', 'hardware'],
    ['the usb socket on the back of the see two ten wobbles and the pin inside looks bent', 'hardware'],
    ['the shed socket definitely has power, the kettle in there works, yet the C310 blinks red', 'network'],
    ['the C200 restarts on its own all the time and still blinks red, it runs on a phone charger since I lost the original adapter', 'power'],
    ['I have not charged the D230 at all since Christmas and it blinks red', 'power'],
    ['we unplugged the C110 to paint the wall and put it back, now it blinks red slowly', 'power'],
  ])('%s puts %s first', (text, cause) => expect(analyze(text).causes[0]?.id).toBe(cause));
  it.each([
    ['the see two hundred blinks red', 'C200'],
    ['There is a crackle from the Pee One Ten and it blinks red', 'P110'],
  ])('reads the model read out in %s as %s', (text, model) => expect(analyze(text).entities.model).toBe(model));
  it.each(['my brother gave me his C200 when he moved abroad, now it blinks red', 'both cameras were already here when I moved in and both blink red'])('%s tells of no move of the device', (text) =>
    expect(analyze(text).events).not.toContain('relocation'),
  );
  it.each(['the previous owners left the C310 and I moved it to the garage, red light since'])('%s tells of a move', (text) => expect(analyze(text).events).toContain('relocation'));
  it.each(['the power is fine, but the C200 now runs off the adapter from my old router and blinks red'])('%s keeps power first', (text) => expect(analyze(text).causes[0]?.id).toBe('power'));
});

describe('analyze: every fix told tried, a fault that follows the device, a wall from the microwave, idioms of anger and hurry', () => {
  it.each([
    ['I honestly tried everything and the C110 stays solid red', 'hardware'],
    ['the C200 blinks red no matter what I try', 'hardware'],
    ['gone through every step in your guide twice, the TC60 is still red', 'hardware'],
    ['swapped the two cameras between floors and the red light follows it wherever it goes', 'hardware'],
    ['the red light followed the adapter when I swapped the two C100s over', 'power'],
    ['the C100 in the shed is the furthest one from the router and blinks red, the others are fine', 'network'],
    ['the C100 in the study blinks red some evenings, the microwave is just the other side of the wall', 'network'],
    ['every single time the kettle goes on the C100 goes red', 'power'],
    ['the adapter is warm-ish, much like a phone charger, normal I guess. the C200 went red when we changed the wifi password', 'network'],
    ['the adapter of the C100 is not the one from its box, it is from an old modem, red blinking', 'power'],
    ['the lens went blurry, moved nothing, changed nothing, and the C200 blinks red', 'hardware'],
    ['the C100 on the left went solid red last week, same socket and router; its twin beside it is fine', 'hardware'],
  ])('%s puts %s first', (text, cause) => expect(analyze(text).causes[0]?.id).toBe(cause));
  it.each(['we popped the hub inside the hall cupboard and now it is red', 'the C100 went red once it was at its new spot above the door'])('reads the device put in a new place as a move: %s', (text) =>
    expect(analyze(text).events).toContain('relocation'));
  it.each(['I put the C200 on the guest wifi and it went red', 'the camera felt hot so I put it on a plate for now, it blinks red'])('reads no move in %s', (text) =>
    expect(analyze(text).events).not.toContain('relocation'));
  it.each(['the C200 has blinked red since we got new wifi', 'the broadband died, so I switched it to a hotspot on my phone, and now it is red'])('reads a new Wi-Fi told as a change of network: %s', (text) =>
    expect(analyze(text).events).toContain('network-change'));
  it("reads no change of network in the neighbours' new wifi", () =>
    expect(analyze('the neighbours got new wifi and our C100 goes red at night').events).not.toContain('network-change'));
  it('reads an update spelt as texted ("upd8") as an update', () => expect(analyze('my C100 went solid red right after the upd8 last nite').events).toContain('firmware-update'));
  it('reads a fuse that popped as a power cut', () => expect(analyze('the fuse popped when the dryer started and the C100 has been red since').events).toContain('power-outage'));
  it('reads no move in "moved nothing"', () => expect(analyze('moved nothing and the C100 went red').events).not.toContain('relocation'));
  it.each([
    'the new wifi password sparked a quarrel at home and the C200 is red',
    'my phone blew up with notifications and the C200 went red',
    'our wifi is on fire since the upgrade, yet the C110 blinks red',
    'I got it in a smoking hot black friday sale and it blinks red',
    'the water pump and the C310 share a socket, and the camera goes red when it starts',
    "why on earth won't the C200 reconnect after the new router?",
    'the red light sparked a big row between me and my partner',
  ])('does not flag or caution %s', (text) => {
    const a = analyze(text);
    expect(a.safety || a.caution).toBe(false);
  });
  it.each(['the water pump leaked into the camera and the light is red', 'sparks came out of the adapter during the row'])('stops at %s', (text) => expect(analyze(text).safety).toBe(true));
  it('stops at a Dutch crackle and puts the adapter it comes from first', () => {
    const a = analyze('de adapter van mijn C100 maakt een knetterend geluid en de camera knippert rood');
    expect([a.safety, a.causes[0]?.id]).toEqual([true, 'power']);
  });
});

describe('analyze: a crack with a flash, words of the trade, a plug on a schedule, updates not done since', () => {
  it.each([
    'a crack and a little flash came from the doorbell when I pressed it, now it blinks red',
    'the C110 smells like a plancha left on and the light is red',
    'narinig ko na pumutok yung C200 tapos red na ang ilaw',
  ])('stops at %s', (text) => expect(analyze(text).safety).toBe(true));
  it.each([
    ["I haven't updated the camera or the app since 2022 and now it blinks red", 'firmware'],
    ["the C310 is wired into the porch light's switched live, red light at night", 'power'],
    ['my C200 is plugged into a P100 that is on a schedule, red light some mornings', 'power'],
    ['the power is definitely on, the lamp on the same circuit works, yet the C210 blinks red', 'network'],
    ["I'm an electrician so it's not the supply, I measured 5V at the plug, and the C200 blinks red", 'network'],
    ['the C220 has been solid red since I unboxed it and never changes, tried two different adapters and another socket', 'hardware'],
    ['ya hice de todo con la C200 y sigue en rojo', 'hardware'],
    ['already do everything liao, my C100 still red', 'hardware'],
    ['la C200 est sur un chargeur de telephone depuis hier et le voyant clignote rouge', 'power'],
  ])('%s puts %s first', (text, cause) => expect(analyze(text).causes[0]?.id).toBe(cause));
  it.each([
    'the camera case is only sun-warm like the fence and the router was swapped yesterday, C320WS blinking red',
    'I popped out to the post office and the C200 went red',
    "smoke drifting over from the neighbour's bonfire all day, and the C500 blinks red",
    'sparks flew between my wife and me over the new wifi, the C110 is red',
  ])('does not flag %s', (text) => expect(analyze(text).safety).toBe(false));
  it('reads a power cut and blinking in Japanese words written in Latin letters', () => {
    const a = analyze('the C210 started tenmetsu after teiden this morning');
    expect([a.events, a.causes[0]?.id]).toEqual([['power-outage'], 'power']);
  });
});

describe("analyze: quick answers about the light's pattern, the story before a question, another thing's light", () => {
  it.each([
    ["red the whole time and never blinking, what's going on there?", 'solid-red-meaning'],
    ['green and red swapping all evening, explain', 'red-green-alternating'],
  ])('answers %s with the entry about its pattern when no entry matches its words', (text, id) => expect(analyze(text).faq?.id).toBe(id));
  it('gives no pattern entry beside a danger: the danger comes first', () => {
    const a = analyze("smoke came out of the C100 and the red doesn't flash at all, what's that about?");
    expect([a.safety, a.faq]).toEqual([true, null]);
  });
  it.each([
    ["the power dropped out last night and the C100 has been red since. what's the procedure?", 'after-power-outage'],
    ["we moved to a new broadband provider and the camera won't join, what's the reason?", 'new-router'],
    ['my neighbour says an update will stop the red light, is she right?', 'firmware-fix'],
  ])('answers %s with the entry about what was told before the question', (text, id) => expect(analyze(text).faq?.id).toBe(id));
  it.each(['the red light on my boiler keeps flashing, what does it mean?', 'the dishwasher shows a steady red light, what is it telling me?', 'why has the ring on our alexa gone red?', 'the kettle glows red once it has boiled, should it?'])(
    'leaves %s, a question about the light of another thing, unanswered and off topic',
    (text) => {
      const a = analyze(text);
      expect([a.faq, a.onTopic]).toEqual([null, false]);
    },
  );
  it("answers a light likened to a Christmas tree as the device's own", () =>
    expect(analyze("the camera's light goes red and green like a christmas tree, what does it mean?").faq?.id).toBe('red-green-alternating'));
});

describe('analyze: a lead that enters the device, powerline adapters, the internet down, red after a reset, supplies borrowed or switched', () => {
  it('puts the device first when its privacy shutter will not close and power parts were swapped', () =>
    expect(analyze("my C200's privacy shutter won't close and it's solid red, tried a new adapter and another socket").causes[0]?.id).toBe('hardware'));
  it.each([
    ['sparks came from where the cable goes into the back of my C200 and it blinks red', 'hardware'],
    ['a black mark appeared near where the cable goes in and the C200 blinks red', 'hardware'],
    ['smoke came from where the adapter goes into the wall, the camera is red', 'power'],
    ['I plugged the adapter into the socket and saw a tiny flash where the pins go in, red light since', 'power'],
  ])('%s puts %s first (a lead told by where it enters the device is the device)', (text, cause) => expect(analyze(text).causes[0]?.id).toBe(cause));
  it.each([
    ['the powerline adapter for the garden cam got unplugged by the cleaner, now it blinks red', 'network'],
    ['the C200 upstairs hangs off a powerline adapter and keeps going red', 'network'],
    ['the C100 is plugged into the socket on the powerline adapter and blinks red fast', 'power'],
  ])('%s puts %s first (a powerline adapter carries the network)', (text, cause) => expect(analyze(text).causes[0]?.id).toBe(cause));
  it('reads no power cut where only the internet went down', () => {
    const a = analyze('the internet was down most of the day, an outage in our area, and the C110 is still red');
    expect([a.events, a.causes[0]?.id]).toEqual([[], 'network']);
  });
  it.each([
    ['the C210 started blinking red quickly right after I pressed the reset button for a few seconds', 'network'],
    ['red since my son held the little button on the back for ages', 'network'],
    ['the C100 went red after I pressed update in the app', 'firmware'],
  ])('%s puts %s first (red right after a reset is a device waiting to be set up)', (text, cause) => expect(analyze(text).causes[0]?.id).toBe(cause));
  it.each([
    ['the C110 now runs on one from my old modem and blinks red fast', 'power'],
    ['the timer switched it off overnight and now the C200 on it blinks red', 'power'],
    ['unplugged it to dust behind the telly and plugged everything back, now the C100 is red', 'power'],
  ])('%s puts %s first (a supply borrowed, switched or touched)', (text, cause) => expect(analyze(text).causes[0]?.id).toBe(cause));
  it('reads a Polish power cut', () => expect(analyze('wczoraj wyłączyło prąd i kamera miga na czerwono').events).toEqual(['power-outage']));
});

describe('analyze: frost on a mains device, lights that dim, switched sockets, tidied cables, idioms of fire and sparks', () => {
  it.each([
    ['our C110 in the shed goes red on every frosty night and is fine again by the afternoon', 'hardware'],
    ['it got to -9 c last night and the C200 on the porch is blinking red', 'hardware'],
    ['frost on the lens of the outdoor C310 this morning, wiped it off, but it blinks red and the app says offline', 'network'],
  ])('%s puts %s first (hard cold on a mains device is past what it is made for)', (text, cause) => expect(analyze(text).causes[0]?.id).toBe(cause));
  it.each([
    ['the C210 flickers red and the lounge lights dim at the same moment', 'power'],
    ['red flashes whenever the toaster and the kettle are on together', 'power'],
    ['the C100 sits beside the cordless phone base and blinks red in the evenings', 'network'],
  ])('%s puts %s first (the supply dips, or the Wi-Fi is troubled)', (text, cause) => expect(analyze(text).causes[0]?.id).toBe(cause));
  it.each([
    ['moved the C110 to the landing, the socket up there is on a wall switch, and it flashes red now', 'power'],
    ['the C720 is wired to the garage light fixture, and when the switch is flicked on it sits on red', 'power'],
    ['my brother tidied the leads behind the sideboard and now the C100 blinks red', 'power'],
    ['ice brought the C310 mount down and it hung by its cable overnight, steady red now', 'hardware'],
  ])('%s puts %s first (a supply switched or touched, a device knocked about)', (text, cause) => expect(analyze(text).causes[0]?.id).toBe(cause));
  it('keeps the power a suspect when it is only fine now, after being off', () =>
    expect(analyze('C100 steady red. power is fine. the power is fine now, it went off for two hours at lunch').causes[0]?.id).toBe('power'));
  it('reads the router back after the hub as the network', () =>
    expect(analyze('after the blackout the H100 is red, the router came back a good while after the hub did').causes[0]?.id).toBe('network'));
  it('puts the device first when every part but it was changed and it is still red', () =>
    expect(analyze('C200 solid red even with another adapter, another socket and a different router').causes[0]?.id).toBe('hardware'));
  it.each([
    'sparks flew at the family dinner, but the real trouble is the C100 blinking red',
    'a roaring fire in the grate and the C200 on the mantel is blinking red',
    "our toaster caught fire at our old house so I'm jumpy about electrics; this C110 just blinks red",
    'honestly burnt out from this, the C220 blinks red again',
    'the puppy left teeth marks on the C100 cable, nothing exposed, and it blinks red',
  ])('does not stop the flow for %s', (text) => expect(analyze(text).safety).toBe(false));
  it.each([
    'rain has been dripping into the junction box of the C720 and it flashes red',
    'the C200 caught fire this morning, so I am jumpy about electrics',
  ])('stops the flow for %s', (text) => expect(analyze(text).safety).toBe(true));
});

describe('analyze: the wall a device hangs on, switched spurs, the electrics upgraded, falling off the app', () => {
  it.each([
    ['I lifted the C420 off the wall to charge it and the back of it has swollen', 'hardware'],
    ['the C310 on the garage wall got drenched by the sprinkler and now there is water inside the dome', 'hardware'],
    ['when I push the adapter into the wall there is a little blue flash and the C100 goes red', 'power'],
  ])('%s puts %s first (a wall the device hangs on is no power part; the wall it plugs into is)', (text, cause) => expect(analyze(text).causes[0]?.id).toBe(cause));
  it.each([
    ['the C720 floodlight sits on a switched spur, we flip it off at night, and each morning it is on a slow red blink', 'power'],
    ['The TC60 at the gate blinks red slowly; a switch in the hall does the outside sockets and the kids love flicking it', 'power'],
    ['we put in a new extender and the C510W keeps falling off the wifi with a slow red blink', 'network'],
    ['our electrics got upgraded, power off all morning, and now the C100 is red', 'power'],
  ])('%s puts %s first', (text, cause) => expect(analyze(text).causes[0]?.id).toBe(cause));
  it('reads no update of the device when only the switchboard was upgraded', () =>
    expect(analyze('after the switchboard upgrade the C210 blinks red').events).not.toContain('firmware-update'));
  it('reads a network change when someone was messing with the router', () =>
    expect(analyze('the C200 went red right after my flatmate was messing with the router').events).toContain('network-change'));
  it('puts the device first when the power and the network were tried and it never went green', () =>
    expect(analyze('new C100, solid red from the start, never gone green once, tried another adapter and a phone hotspot').causes[0]?.id).toBe('hardware'));
  it('puts the device first when smoke comes out of its seam whenever it is plugged in', () =>
    expect(analyze('the C200 dropped and cracked, and when it is plugged in a wisp of smoke comes from the seam').causes[0]?.id).toBe('hardware'));
  it.each([
    'how do I stop the fire ants getting into the garage?',
    'the neighbours had the barbie going and smoke drifted past the C310; it blinks red since the new modem',
    'it blinks red rapid-fire whenever the kids game online',
    'the C720 blinks red and the flood will not come on',
    'my phone battery is swollen, but the C100 is the one blinking red',
    'we burned through all my mobile data on the hotspot and now the C200 blinks red',
    'the fish tank is full of water, obviously, and the C110 watching it blinks red',
  ])('does not stop the flow for %s', (text) => expect(analyze(text).safety).toBe(false));
  it.each([
    ['Po deszczu w środku kamery jest woda i miga na czerwono'],
    ['Η κάμερα έχει νερά μέσα μετά τη βροχή'],
  ])('stops the flow for water inside told in another language: %s', (text) => expect(analyze(text).safety).toBe(true));
});

describe("analyze: other gear named in passing", () => {
  it.each([
    'the camera shares a strip with the telly, the xbox and a lamp. red light flashing',
    'plugged the cam into the usb on my roku to free a socket, blinking red since',
    'could the memory card be it? I took it from my dslr',
  ])('reads %s as about our device', (text) => expect(analyze(text).otherBrand).toBeNull());
  it.each([
    ['my xbox keeps dropping off the wifi', 'xbox'],
    ['what does the orange light on my roku mean', 'roku'],
    ['how do I reset my chromecast', 'chromecast'],
    ['what size of memory card suits a gopro', 'gopro'],
  ])('reads %s as about another maker\'s %s', (text, brand) => expect(analyze(text).otherBrand).toBe(brand));
});

describe("analyze: TP-Link's other lines", () => {
  it.each([
    ['how do I wipe my tp-link deco back to how it came', 'deco'],
    ['the tp-link archer keeps flashing its internet light', 'archer'],
    ['can my kasa bulb be put on a schedule', 'kasa'],
  ])('reads %s as about the %s, not a Tapo device', (text, line) => {
    const a = analyze(text);
    expect({ line: a.otherBrand, faq: a.faq, causes: a.causes }).toEqual({ line, faq: null, causes: [] });
  });
  it.each([
    'the cameras all went red when the deco updated itself',
    'red light blinking slowly ever since the new archer went in',
    'our router is a TP-Link Deco now and the hub flashes red',
  ])('reads %s as about our device', (text) => expect(analyze(text).otherBrand).toBeNull());
});

describe('analyze: a weak signal told, the Wi-Fi busy with streaming, a button held for a reset, a router on a timer', () => {
  it.each([
    ['put the C100 on a new socket in the attic, where the wifi is a bit iffy, and it blinks red', 'network'],
    ['plugged the P110 into a different socket in the back bedroom, the furthest room from the router, and it flashes red', 'network'],
    ['the C200 goes red most nights at about 8 when all the kids are streaming, then settles', 'network'],
    ['P100 red, I held its button for 6 seconds and it is still red', 'network'],
    ['our router is on a timer to save power overnight; each morning the C110 is red', 'network'],
    ['the P100 in the summer house, 30 m from the house, keeps going red', 'network'],
    ['took the C100 out of storage and plugged it in at the new flat; steady red since', 'network'],
  ])('%s puts %s first', (text, cause) => expect(analyze(text).causes[0]?.id).toBe(cause));
  it('keeps the device first when resets were done again and again', () =>
    expect(analyze('reset the C200 six times, holding the button 10 seconds each time, still red, nothing works').causes[0]?.id).toBe('hardware'));
  it('keeps the update first when the signal was weak during it', () =>
    expect(analyze('I started the firmware update while the C210 had a weak signal and it has blinked red fast since').causes[0]?.id).toBe('firmware'));
});

describe('analyze: a chewed lead, a network cable pulled, a router set up again, an update held back, a charge forgotten', () => {
  it.each([
    ['our spaniel had a go at the lead last week and now the C100 blinks red', 'power'],
    ['I knocked the lead out of the back of the router while hoovering and plugged it back, but the C110 stays red', 'network'],
    ['the reset button on the router got pressed by the toddler and I set the whole router up again; the C110 blinks red slowly', 'network'],
    ["P100 on 1.0.4, the app wants 1.1.2, I haven't let it update yet and it flashes red", 'firmware'],
    ['C420 on red, I honestly cannot remember the last time I charged it', 'power'],
    ['the C100 blinks red fast no matter which charger or router I use', 'hardware'],
  ])('%s puts %s first', (text, cause) => expect(analyze(text).causes[0]?.id).toBe(cause));
  it('reads a power cut when the builders had everything switched off', () =>
    expect(analyze('the builders had everything switched off over the weekend, and the TC60 has been red since').events).toContain('power-outage'));
  it('reads no move of the device when only the sofa was moved', () =>
    expect(analyze('the power adapter was trodden on when we moved the sofa, and the C200 blinks red in bursts').events).not.toContain('relocation'));
  it.each([
    'that sparked a 20 minute argument at home: the C110 is red',
    'fireworks popping all night and now the C200 blinks red',
    'the plug is sagging half out of an old loose socket and the C100 blinks red',
    'ever since my old microwave caught fire I worry about gadgets; the C200 blinks red',
    'should I get the kids an iPad or a Fire?',
    'the IR glow looks like a burning match head at night and the status light is red',
    'the outlet sparked years ago but it has been fixed since, and now the C110 blinks red',
    'the kitten bit the lead of the C110, bite marks but nothing bare, and it blinks red',
  ])('does not stop the flow for %s', (text) => expect(analyze(text).safety).toBe(false));
});

describe('analyze: heat told by holding, and harmless smoke, fire, sparks and water in passing', () => {
  it.each([
    ["my C200 blinks red and I can't hold the camera for more than a moment"],
    ["the C110 body was as hot as a cup of tea you can't hold, and it blinks red"],
  ])('stops the flow for %s', (text) => expect(analyze(text).safety).toBe(true));
  it.each([
    'I burned sage around the C200 for luck and it still blinks red',
    'getting smoked by these power cuts, the C200 goes red every time',
    'my neighbour was smoking on the patio when the C310 went red',
    'the camera is near the hob, which gets hot when I cook, but the camera itself is cool; it blinks red',
    'I think I am burnt out on this, the C210 is red again',
    'the boiler makes a banging noise at night and the C100 blinks red',
    'the outdoor C320WS got soaked in the storm, which it is rated for, and now it blinks red',
    'the dog chewed the old cable so I replaced the cable and the C100 still blinks red',
    'the diesel generator outside gives off smoke; the C200 blinks red when we run on it',
    'the C100 fell behind the radiator and I fished it out, it blinks red',
    'this camera was on fire last month, not literally, it caught every fox; now it blinks red',
  ])('does not stop the flow for %s', (text) => expect(analyze(text).safety).toBe(false));
});

describe('analyze: appliances and backup supplies, knocks, ice, a reset that leaves it waiting', () => {
  it.each([
    ['the C200 blinks red every time the compressor on the chest freezer kicks in', 'power'],
    ['every time the furnace kicks in the C100 blinks red for a bit', 'power'],
    ['the C200 goes red whenever we are running on backup', 'power'],
    ['the inverter switched over last night and the C310 started blinking red', 'power'],
    ['red and green in turn on the C100; I reset it after the blackout, was that wrong?', 'network'],
    ['the C310 took a football in the garden and now blinks red', 'hardware'],
    ['the C320WS got hit by a stray puck and now blinks red slowly', 'hardware'],
    ['the C510W is covered in ice after the freezing rain and the light stays solid red', 'hardware'],
    ['after the gale the C500 hangs at a funny angle and blinks red', 'hardware'],
  ])('%s puts %s first', (text, cause) => expect(analyze(text).causes[0]?.id).toBe(cause));
});

describe('analyze: "burnt out" said of a person', () => {
  it.each([
    "I'm so burned out with this thing, the C110 blinks red again",
    'burnt out from night shifts and now the C200 is red',
    'we are totally burned out with this, the C310 blinks red',
  ])('does not stop the flow for %s', (text) => expect(analyze(text).safety).toBe(false));
  it.each([
    'burnt out after the surge, the adapter is dead',
    'the plugs are burnt out',
    'I am burnt out, and the plug is burnt out too',
  ])('still stops the flow for %s', (text) => expect(analyze(text).safety).toBe(true));
});

describe('analyze: another device supply, the router rebooting or handing out addresses while the device stays powered, an update after a new network', () => {
  it.each([
    ['the C210 now runs on a chunky one that came with our old modem and blinks red fast', 'power'],
    ['every day when the load-shedding starts the router goes off, but the camera is on the inverter, and the C200 blinks red', 'network'],
    ['our router takes about 4 minutes to boot after the power comes back and the C310 is the only one left red', 'network'],
    ["after the blackout the router gave the camera's address to the printer and the C100 stays red", 'network'],
    ['we switched to a new broadband company, the C100 joined the new wifi, then the app pushed a firmware update and now it blinks red', 'firmware'],
  ])('%s puts %s first', (text, cause) => expect(analyze(text).causes[0]?.id).toBe(cause));
});

describe('analyze: a smart plug moved to another socket', () => {
  it('puts the network first when the plug itself moved to another wall socket', () =>
    expect(analyze('the P100 blinks red since I moved it to the outdoor socket by the shed').causes[0]?.id).toBe('network'));
  it('keeps the power first when the plug moved onto an extension reel', () =>
    expect(analyze('my P110 blinks red since I moved it onto the extension reel in the garden').causes[0]?.id).toBe('power'));
});

describe('analyze: a mobile link out of data, a microwave heating food, a router off to save power, the provider at work', () => {
  it.each([
    ['the C200 on the boat runs off a phone hotspot that ran out of data and it went red', 'network'],
    ['whenever I microwave the soup the C110 drops off and blinks red for a while', 'network'],
    ['the router was off all week to save electricity while we were away, and the C100 is red now', 'network'],
  ])('%s puts %s first', (text, cause) => expect(analyze(text).causes[0]?.id).toBe(cause));
  it('reads no power cut when the broadband provider did maintenance', () =>
    expect(analyze('the C200 went red when our broadband provider did maintenance last night and never came back').events).not.toContain('power-outage'));
});

describe('analyze: fixes after a power cut, a twin beside an appliance, a lead pulled out and pushed back, the device knocked down, a twin beside a weak link', () => {
  it.each([
    ['after the power cut on Friday the C200 stays red; restarted the router and tried two other sockets, phone is on the wifi fine', 'power'],
    ['after the power cut the C200 stays red; restarted the router and tried a different adapter, still red', 'hardware'],
    ['two C200s on the same wifi, the other one is fine; the red one shares the same socket strip as the tumble dryer', 'power'],
    ['the cable popped out of the back of the C110 while I was dusting and I pushed it back in, still red', 'power'],
    ['the cleaner knocked the hub off the desk and both C420s are offline', 'hardware'],
    ['the C100 goes red every night at 3 when the router restarts on its schedule, the other camera is fine', 'network'],
    ['the C210 in the loft is red but the one downstairs is fine, the loft one is through three brick walls from the router', 'network'],
  ])('%s puts %s first', (text, cause) => expect(analyze(text).causes[0]?.id).toBe(cause));
});

describe('analyze: "on fire" said of a person or a thing no device is', () => {
  it.each([
    'we are on fire with orders this week, but the C100 blinks red',
    'my phone bill is on fire this month and the C200 blinks red',
    'the team is on fire this season; my C310 blinks red',
  ])('does not stop the flow for %s', (text) => expect(analyze(text).safety).toBe(false));
  it.each(['the C210 is on fire', 'the adapter is literally on fire'])('still stops the flow for %s', (text) => expect(analyze(text).safety).toBe(true));
});

describe('analyze: the one fix that brought the device back', () => {
  it.each([
    ['power cycled the C110, still red. reset it, still red. then I rebooted the router: green after two minutes', 'network'],
    ['new adapter, nothing; a reset, nothing; wired it with an ethernet cable and it went green at once', 'network'],
    ['tried a different socket, no change. a reset worked for a while (then red again), and turning off the extender (green since Friday)', 'network'],
    ['rebooted the router, still red. reset the C200, still red. plugged it in with a shorter cable: rock solid all week', 'power'],
  ])('puts the front of the fix that worked first: %s', (text, cause) => expect(analyze(text).causes[0]?.id).toBe(cause));
  it('does not count a fix whose green did not last', () =>
    expect(analyze('restarted the router, green for a minute then red again. new adapter, new cable, reset, still red').causes[0]?.id).toBe('hardware'));
});

describe('analyze: crackling audio, a smoke test, a debate sparked, plugs that sag, rain on a lens, a hot place to live', () => {
  it.each([
    'the audio on my calls crackles and the C200 blinks red',
    'ran a quick smoke test of the new app version and the C100 still blinks red',
    'my question sparked a whole debate at home: why does the C110 blink red?',
    'the plugs sag out of that old socket a little and the C100 keeps going red',
    'the outdoor C310 has water all over the lens after the storm and blinks red',
    'we live somewhere hot, the C200 blinks red',
    'the cable had slipped out behind the cabinet, I pushed it back in and the C110 still blinks red',
  ])('does not stop the flow for %s', (text) => expect(analyze(text).safety).toBe(false));
  it('still stops the flow when the adapter crackles beside crackling audio', () => expect(analyze('the adapter crackles and the audio crackles too').safety).toBe(true));
});

describe('analyze: a stuck button, downloads filling the Wi-Fi, fixes the trouble outlasts, a supply that runs out beside a twin, a leisure battery, a network switch, a router wiped, an update', () => {
  it.each([
    ['the C200 went red and green after the reset and now its button feels stuck', 'hardware'],
    ['the C100 goes red whenever my son is downloading games; restarted it and reset it, still red', 'network'],
    ['tried a new adapter and a reset, the C210 is red through all of it', 'hardware'],
    ['two C310s, one straight into the socket and one on a 15 m extension reel: that one blinks red, the other is fine on the same socket', 'power'],
    ['we moved the C200 to the caravan and it runs off the leisure battery now, red light', 'power'],
    ['the C320WS is hardwired by ethernet; I unplugged the switch under the desk to free a socket for the heater and plugged it back later, the camera is solid red since', 'network'],
    ['before I rip it off the wall: the C110 blinks red since my brother reset the router to factory settings', 'network'],
    ['the C200 blinks red since the update last night; power cycled it and reset it, still red', 'firmware'],
  ])('%s puts %s first', (text, cause) => expect(analyze(text).causes[0]?.id).toBe(cause));
});

describe('analyze: a blink told by likeness, or not known to blink', () => {
  it.each([
    'the C200 has a red light, not sure if it blinks',
    'the C110 has a red light on it now, not sure about blinking',
  ])('reads no steady red when the owner cannot tell: %s', (text) => expect(analyze(text).pattern).toBeNull());
  it.each([
    'the C310 went red, it blinks at roughly the speed of my pulse',
    'red light on the H100 hub, on and off like a lighthouse',
    'the red on the C220 goes about as fast as a resting heartbeat',
  ])('reads a slow blink: %s', (text) => expect(analyze(text).pattern).toBe('slow'));
  it('reads no slow blink when it is told quicker than that', () => expect(analyze('the C200 blinks red, much faster than a heartbeat').pattern).not.toBe('slow'));
});

describe('analyze: harmless smoking, popping in, a washing machine leaking, a warm charger told normal', () => {
  it.each([
    'I gave up smoking in spring and bought a C100 with the money; it blinks red now',
    'just popping in to ask why my C210 blinks red',
    'our washing machine is leaking water at the back',
    'the adapter is warm-warm, like a normal phone charger, but the C110 blinks red',
  ])('does not stop the flow for %s', (text) => expect(analyze(text).safety).toBe(false));
});

describe('analyze: a memory card formatted or swapped, a knock to the floor, an air conditioner starting, an update that fails', () => {
  it.each([
    ['I formatted the SD card on my laptop and now the C200 blinks red', 'hardware'],
    ['my son play with it and drop on the floor, now the TC70 blink red', 'hardware'],
    ['whenever the aircon compressor start the C110 goes red', 'power'],
    ['the C210 will not take the update, it fails at 40% every time and blinks red', 'firmware'],
  ])('%s puts %s first', (text, cause) => expect(analyze(text).causes[0]?.id).toBe(cause));
  it('reads an update tried when the device will not take it', () => expect(analyze('the C100 would not update last night and now it blinks red').events).toContain('firmware-update'));
  it('reads no update tried when only the app on an old phone will not update', () =>
    expect(analyze('the Tapo app on my old phone can not update any more and the C100 blinks red').events).not.toContain('firmware-update'));
});

describe('analyze: a danger at the junction box or a terminal is the supply\'s', () => {
  it.each([
    'water got into the outdoor junction box of the C500 and it blinks red',
    'the C720 blinks red and there is a black scorch mark on one terminal',
  ])('puts the power first: %s', (text) => {
    const a = analyze(text);
    expect(a.safety).toBe(true);
    expect(a.causes[0]?.id).toBe('power');
  });
});

describe('analyze: a network on 5 GHz alone', () => {
  it.each(['C200 on my phone charger, the flat wifi is only 5 ghz', 'the C100 is plugged into the TV USB, wifi here is 5GHz only'])('puts the network first: %s', (text) =>
    expect(analyze(text).causes[0]?.id).toBe('network'));
});

describe('analyze: a supply the owner had lying around, a socket spurred off the lighting circuit', () => {
  it.each([
    'the C310 is on an adapter we had spare, rapid red since we moved it to the porch',
    'moved the C110 to the garage, to a socket I spurred off the lighting circuit, and it blinks red',
  ])('puts the power first: %s', (text) => expect(analyze(text).causes[0]?.id).toBe('power'));
});

describe('analyze: the first cause from what the text tells of the network, the supply, a battery, an update or a fix', () => {
  it.each([
    ['my C110 drops to red whenever the lads are gaming online', 'network'],
    ['the C200 goes red most evenings once my daughter starts gaming', 'network'],
    ['we rent a barn conversion now, the flickering lights drive me mad and the C100 keeps going red', 'power'],
    ['took the C210 to my new flat, its plug went missing so I use another one I had lying around, slow red', 'power'],
    ['the C310 was updating when the smart plug timer cut it off halfway, now rapid red', 'firmware'],
    ['the app started an update on the C200 at night. the plug schedule turned it off at 11 like every night, maybe in the middle of the update? solid red since', 'firmware'],
    ['C420 blinking red this evening, it is on just 12% remaining', 'power'],
    ['the C400 blinks red and does not charge from the supplied cable', 'power'],
    ['our C425 blinks red on nights the garden drops below zero and is fine by noon', 'power'],
    ['tried a different socket and the red light stopped', 'power'],
    ['reset the C200 twice and used two known good adapters, the light stays red', 'hardware'],
    ['the C425 reads 100% battery in the app but the light blinks red', 'network'],
    ['we lost power overnight; the C420 runs on its own battery so it stayed on, but the router went off too, now red', 'network'],
    ['after every power cut our router powers back on several minutes after the cameras, which stay red', 'network'],
    ["the C110 worked at my gran's, back home it just blinks red", 'network'],
    ["it worked at me mam's, now red at mine", 'network'],
    ['I shortened the DHCP lease on the router and the C200 falls off every few minutes now, red blink', 'network'],
    ['the C310 falls off every time the wind blows, the bracket is loose', 'hardware'],
  ])('%s puts %s first', (text, cause) => expect(analyze(text).causes[0]?.id).toBe(cause));
});

describe('analyze: an update needs a word of an update', () => {
  it.each(['the meter ran out overnight and the camera is red', "the kid pulled the cable halfway out and now it's solid red"])(
    'finds no update in %s',
    (text) => expect(analyze(text).events).not.toContain('firmware-update'),
  );
  it.each(['the C200 updated overnight and now it is solid red', 'TP-Link pushed an OTA hotfix at 3am, red since', 'Po aktualizaci firmwaru kamera C200 svítí červeně'])(
    'still finds the update in %s',
    (text) => expect(analyze(text).events).toContain('firmware-update'),
  );
});

describe('analyze: an update tried as a fix or only wondered about, the current that went, a socket judged fine, idioms of sparks and floods', () => {
  it.each([
    ['since the new mesh went in the C200 blinks red; I put the newest firmware on it hoping it would help, no change', 'network'],
    ['the power keeps dropping on our street and the C100 is red, even after the app updated it', 'power'],
    ['my neighbour is an electrician, he tested the socket, socket is good, the C110 still blinks red quick', 'network'],
    ['the TC60 red light stays on even after a reset, a new adapter and another outlet', 'hardware'],
  ])('%s puts %s first', (text, cause) => expect(analyze(text).causes[0]?.id).toBe(cause));
  it.each(['the camera lost power twice today, I cannot tell if it was updating then', 'I wondered if an update did this but the app says it has never been updated, C200 slow red', 'the lights flickered and I pulled every plug; did I cut an update short?'])(
    'finds no update in %s',
    (text) => expect(analyze(text).events).not.toContain('firmware-update'),
  );
  it.each(['the hurricane took out current for three days and the C500 came back red', 'the C310 blinks red since the current came back this morning'])('finds the power cut in %s', (text) =>
    expect(analyze(text).events).toContain('power-outage'),
  );
  it('finds no power cut when the current did not go', () => expect(analyze('storm last night but the current no go off, only the internet dropped, C110 red').events).not.toContain('power-outage'));
  it.each([
    'my post sparked quite the discussion in the family group: why is the C200 red?',
    "next door's new wifi seems to flood every channel and our C310 keeps going red",
    'the C100 faces the wood stove, fire is normal in a stove, but the light blinks red',
    'a water pipe burst in the loft last month, the C210 downstairs stayed bone dry, red light since',
    'the memory card keeps popping out of the C200 and it blinks red',
    'a hot week, 36 degrees, in the house also hot, the C110 blinks red',
  ])('does not stop the flow for %s', (text) => expect(analyze(text).safety).toBe(false));
  it.each([
    'the hub smells like when you left the straighteners on',
    'mi camera ta kayente i e luz ta kòrá',
    // The idioms above name a danger's words: told of the device itself, they still stop the flow.
    'the adapter started smoking fast and the C200 went red',
    'the C100 was smoking with the downloads running',
    'the hub smells of burnt tost',
    // (Nor "out smoking", said of a person outside, smoke a few words on; nor "sparks fly", an idiom, sparks flying from a plug.)
    'the card slid out and smoke came out of the slot',
    'sparks fly out of the adapter when I plug it in',
  ])('stops the flow for %s', (text) => expect(analyze(text).safety).toBe(true));
});

describe('analyze: a router swapped, a battery that will not fill, a generator-backed circuit, a heater on the strip, a metal box, spelling by ear', () => {
  it.each([
    ['the C425 blinks red and will not charge past 30 percent any more', 'hardware'],
    ['moved the TC70 to the generator-backed circuit, red blinking since', 'power'],
    ["the C100 shares a strip with the Starlink router and a fan heater; when the heater's on it flashes red", 'power'],
    ['the C110 sits inside a metal letterbox by the gate and blinks red', 'network'],
    ['my scanner reads -81 dBm where the C200 sits, and it keeps going red', 'network'],
    ['the adapta on the C200 is red hot, light blinking', 'power'],
  ])('%s puts %s first', (text, cause) => expect(analyze(text).causes[0]?.id).toBe(cause));
  it('finds the network change in a router swapped for another', () => expect(analyze('I swapped our old Orbi for a Deco kit on Friday and the C100 blinks red').events).toContain('network-change'));
  it('answers a question spelt by ear', () => expect(analyze('how do i set up a dhcp reservashun for the camra').faq?.id).toBe('reserve-ip'));
  it('finds the power cut in load shedding spelt by ear', () => expect(analyze('we had load sheding all evening and the C110 is red since').events).toContain('power-outage'));
  it('reads blinks told by their groups as bursts', () => expect(analyze('the C310 went red in little groups after the storm').pattern).toBe('burst'));
});

describe('analyze: a supply lying in a puddle, water inside told last, harmless burnt-out lights, heat of an airport, a frenzy sparked', () => {
  it.each([
    "the C200's adapter was lying in a puddle by the back door, light blinking",
    'the C110 lay in a puddle on the patio after the storm, light blinking red',
    'dentro de la cúpula hay agua y la luz roja parpadea',
    'er zit water aan de binnenkant van de camera en het lampje knippert rood',
  ])('stops the flow for %s', (text) => expect(analyze(text).safety).toBe(true));
  it.each([
    'the IR lights look burnt out on my C320WS and the status light is red',
    'it was boiling hot at the airport, got home and the C110 is blinking red',
    "our D230 is hard wired, showing red since Sunday",
    'the new baby sparked a frenzy of tidying and I moved the C200, now it blinks red fast',
    'how do i get the smell out of my fridge after a power cut',
  ])('does not stop the flow for %s', (text) => expect(analyze(text).safety).toBe(false));
});

describe('analyze: a device dropped in a move or blown off its bracket, a replacement on the supply it had, the same on two supplies, a plug the app cannot switch', () => {
  it.each([
    ['we dropped the TC70 while carrying boxes during the move, now it is solid red', 'hardware'],
    ['the C310 had come off the bracket after the gale and lay on the decking, red light', 'hardware'],
    ['the replacement camera shows solid red on the same adapter as the old one', 'power'],
    ['the C110 blinks red in threes; same on both sockets in the lounge and with a second adapter, and it sits by the router', 'hardware'],
    ['the C100 red light is the same with two adapters and right beside the router', 'hardware'],
    ["the P110 under the stairs flashes red and the heater on it won't turn on from the app", 'network'],
    ['my P100 is fine as a plug, the kettle works, but its light blinks red', 'network'],
  ])('%s puts %s first', (text, cause) => expect(analyze(text).causes[0]?.id).toBe(cause));
});

describe('analyze: dangers a harmless phrase or its setting had hidden', () => {
  // Each of these was excused by a harmless phrase sharing its danger word ("to spark", "hot spot",
  // "having a smoke", "stopped smoking"), or by what the text said around it (a barbecue, a smoker
  // in the house, a sprained ankle, a lightning strike), or by a phrase matched across "and then".
  it.each([
    'the adapter started to spark when I plugged it in',
    "the C200's plug went off with a spark and now the light is red",
    'sparks flew out of the socket when I plugged the camera in',
    'the plug sparked it was so loud, camera now red',
    'there is a hot spot on the side of the adapter',
    'the plastic is melting off the adapter',
    'the plug of the C110 is melting down one side',
    'we have smoke coming out of the adapter',
    'the C200 adapter stopped smoking after I unplugged it',
    'I got burned by the adapter when I touched it',
    'I saw smoke from the lens of the C310',
    'there is smoke on the porch and it is coming from the doorbell',
    'a spark sent me jumping back when I plugged the C100 in',
    'a smoky haze drifted out of the camera vents',
    'the adapter gave me a real shock when I touched it',
    "smoke drifting across the shelf from the C200's adapter",
    "the camera's adapter runs hot as hell",
    'my husband smokes, but this morning smoke came out of the adapter',
    'we had a barbecue and then smoke came out of the C200',
    'I sprained my ankle on the ladder and the battery of the C420 is swollen',
    'after the lightning strike there was a loud bang from the adapter',
    "I burned the dinner, and there was smoke from the camera's plug",
  ])('stops the flow for %s', (text) => expect(analyze(text).safety).toBe(true));
  it.each([
    'my husband smokes on the balcony near the camera, could it bother it',
    'we had a bbq on sunday and the camera caught all the smoke, now red light',
    'we switched to Spark last month and the C200 is red',
    'I set the C100 up on my phone hot spot and now it blinks red',
  ])('does not stop the flow for %s', (text) => expect(analyze(text).safety).toBe(false));
});

describe('analyze: a danger told of a part, whatever harmless thing the text names besides', () => {
  // Every setting that makes a danger's word harmless (nlu.safety.harmlessWhen: a barbecue's smoke,
  // rain on a weatherproof camera, an adapter as warm as a phone charger) still leaves a danger
  // told plainly of the device or its supply a danger, before or after it.
  const DANGERS = [
    'smoke is coming out of the adapter',
    'the camera is very hot to touch',
    'sparks came from the plug',
    'the cable has melted',
    'there is water inside the camera',
    'the battery of the C420 is swollen',
    'there is a burning smell from the camera',
    'the adapter is smoking',
    'the plug is scorched',
  ];
  const rules = analyzerInput().nlu.safety?.harmlessWhen ?? [];
  it.each(rules.map((r) => [r.when[0], r.when] as const))('in a text that says "%s"', (_, when) => {
    const missed = when.flatMap((w) => DANGERS.flatMap((d) => [`${w}. ${d}`, `${d}, ${w}`])).filter((t) => !analyze(t).safety);
    expect(missed).toEqual([]);
  });
  // And plain dangers of each part, with a harmless ending that names another thing.
  const PARTS = ['adapter', 'plug', 'power cable', 'camera', 'hub', 'C200', 'doorbell', 'charger', 'extension lead', 'socket'];
  const TOLD = ['the PART is smoking', 'smoke is coming out of the PART', 'there was smoke from the PART', 'the PART is too hot to touch', 'sparks came out of the PART', 'a burning smell from the PART', 'the PART has melted', 'the PART is scorched', 'water got into the PART', 'the PART caught fire'];
  it.each([', my husband smokes', ', we had a bbq', ', it is weatherproof', ' like a phone charger', ', nothing crazy', ', the smoke alarm went off', ', I burnt the toast', ' near the fireplace', ' in the heatwave'])(
    'with "%s" after it',
    (ending) => {
      const missed = PARTS.flatMap((part) => TOLD.map((t) => t.replace('PART', part) + ending)).filter((t) => !analyze(t).safety);
      expect(missed).toEqual([]);
    },
  );
  it('still excuses a bonfire smelt after the device is named for its light', () =>
    expect(analyze("the C200 is blinking red. smelled something burning earlier, turned out it was the neighbour's bonfire").safety).toBe(false));
});

describe('analyze: a lead cut or run over, smoke misspelt, a fire lit indoors', () => {
  it.each([
    'the strimmer caught the extension cable to the C310, light blinking red',
    'I mowed over the power lead of the garden camera, now it is red',
    'the extension lead is cut halfway where the shed door closes on it, C310 red',
    'SMOAK from the C200 adapter, I pulled the plug',
  ])('stops the flow for %s', (text) => expect(analyze(text).safety).toBe(true));
  it('does not stop the flow for a fire lit indoors', () => expect(analyze('we had the fire on all evening and the C200 went red').safety).toBe(false));
});

describe('analyze: fixes that did not help after a power cut, or before a call to support', () => {
  it('puts the supply second when another adapter changed nothing after a power cut', () =>
    expect(analyze('the C200 blinks red since the power cut on Sunday; I swapped in a different adapter and nothing changed').causes[0]?.id).not.toBe('power'));
  it('puts the device first when every usual fix was tried before calling support', () =>
    expect(analyze('C210 blinking red fast. new adapter, another socket, router restart, app reinstall. calling support next').causes[0]?.id).toBe('hardware'));
});

describe('analyze: danger words with their first two letters swapped, a device dropped off somewhere', () => {
  it.each(['the adapter is msoking', 'psarks came out of the socket', 'the cable has emlted', 'the adapter caught ifre', 'the plug gave me a hsock', 'the wires are xposed on the lead'])(
    'stops the flow for %s',
    (text) => expect(analyze(text).safety).toBe(true),
  );
  it('does not read a device dropped off at a relative as a fall', () =>
    expect(analyze("I dropped the C100 off at my sister's flat yesterday and now it blinks red there").causes[0]?.id).not.toBe('hardware'));
});

describe("analyze: a device's history told before today's trouble", () => {
  it('finds only the event of now when an old router change was mended', () =>
    expect(analyze('Had the C210 since 2021. In 2023 our provider changed the router and I re-added it, all fine. Since the power cut on Tuesday it blinks red fast.').events).toEqual(['power-outage']));
  it('takes an old update that went fine as no evidence of the cause', () => {
    const a = analyze('Bought it in 2020. A firmware update in 2022 went fine. Last week I moved it to the loft and the C200 blinks red slowly.');
    expect(a.events).toEqual(['relocation']);
    expect(a.causes.map((c) => c.id)).not.toContain('firmware');
  });
  it('keeps an old event told with what is wrong now', () =>
    expect(analyze('In 2023 we got a new router and the C100 has blinked red ever since, even after I re-added it').events).toContain('network-change'));
  it('keeps a sentence that tells how the light is now, in the present tense', () =>
    expect(analyze('In 2024 we changed the router and I re-added the C100 but it blinks red').events).toContain('network-change'));
  it('finds no event in an old change set up again, whatever word the device goes by', () =>
    expect(analyze('2022 the router died and we got a new one, had to set the cam up again. This week the C100 blinks red in threes.').events).toEqual([]));
  it('keeps a mend that lasted only until the trouble', () =>
    expect(analyze('I re-added the camera last year after the router swap and it worked fine until yesterday').events).toContain('network-change'));
});

describe('analyze: water on a plugged-in adapter, a bang from the street, a person on fire', () => {
  it('stops the flow for water got onto a plugged-in adapter', () => expect(analyze('got water on the hub adapter while I watered the plants, the light is red').safety).toBe(true));
  it('does not stop the flow for a bang from the street transformer', () =>
    expect(analyze('the power dropped with a bang from the street transformer and the C100 is blinking red').safety).toBe(false));
  it('still stops the flow for a bang from the adapter after one', () =>
    expect(analyze('bang from the street transformer, then a bang from the adapter and the C100 is off').safety).toBe(true));
  it('does not stop the flow for a person who has been on fire at work', () => expect(analyze("she's been on fire at work all week, the camera at home is red").safety).toBe(false));
  it('still stops the flow for a camera that has been on fire', () => expect(analyze('the camera has been on fire, it is black now').safety).toBe(true));
});

describe('analyze: firmware called drivers', () => {
  it('finds the update in new drivers pushed to the camera', () => {
    const a = analyze('the app put new drivers on my C100 last night and this morning it shows a solid red light');
    expect(a.events).toContain('firmware-update');
    expect(a.causes[0]?.id).toBe('firmware');
  });
  it('finds no update in delivery drivers', () => expect(analyze('the delivery drivers bumped the C100 by the door, it blinks red').events).not.toContain('firmware-update'));
});

describe('analyze: a power bank, a plug named in Portuguese', () => {
  it('puts the supply first when the power bank feeding the camera is hot and swollen', () =>
    expect(analyze('My TC60 runs off a power bank. The power bank has gone really hot and its case is bulging.').causes[0]?.id).toBe('power'));
  it('puts the supply first for sparks at the plug, in Portuguese', () => expect(analyze('a C100 deu faíscas na ficha quando a liguei').causes[0]?.id).toBe('power'));
});

describe('analyze: a person melting in the heat, a network called fire', () => {
  it('does not stop the flow for an owner melting in a heatwave', () =>
    expect(analyze('melting in this heat man, the C100 blinks red').safety).toBe(false));
  it('still stops the flow for an adapter melting in the heat', () => expect(analyze('the C100 adapter is melting in this heat').safety).toBe(true));
  it('does not stop the flow for a new mesh that is fire', () => expect(analyze('our new mesh is fire, only the C210 will not join it and blinks red').safety).toBe(false));
});

describe('analyze: an appliance sharing the supply, told with "share" or a kind of socket', () => {
  it.each([
    'the C200 and the C100 went red together, the other cams are fine. the two red ones share a power strip with the fan heater',
    'the C310 started blinking red fast when we plugged the pump into the same outdoor socket, the indoor cams are all fine',
  ])('puts the supply first for %s', (text) => expect(analyze(text).causes[0]?.id).toBe('power'));
});

describe('analyze: a battery camera not charged for weeks', () => {
  it('puts the power first when it has been months since it was charged', () =>
    expect(analyze("the C420 on the shed blinks red and the hub looks fine, it's been months since I recharged it").causes[0]?.id).toBe('power'));
});

describe("analyze: a smart plug's load, a router restarted, no picture in the app, the router's own updates", () => {
  it.each([
    ['a smart plug told to run an appliance: its load', 'our P115 flashes red, the dehumidifier is on it', 'power'],
    ['a smart plug told to switch an appliance: its load', 'the P100 switches the oil heater and keeps going red', 'power'],
    ['a smart plug whose appliance still runs: it still switches', 'the P110 blinks red, yet the heater plugged into it is still running', 'network'],
    ['trouble dating from a restart of the router', 'the C110 has been red ever since I power cycled the router, the adapter is the original', 'network'],
    ['no picture in the app, nothing else told', 'the app only shows a black screen when I open the C200, and its light blinks red slowly', 'network'],
    ['no picture beside firmware told out of date', 'the app says the C200 firmware is years out of date and live view will not load, light blinking red', 'firmware'],
  ])('%s: "%s" puts %s first', putsFirst);
  it("reads the router's own updates as no update of the device, the network first", () => {
    const a = analyze('the C210 went red after the modem rebooted overnight to install its own updates');
    expect(a.events).not.toContain('firmware-update');
    expect(a.causes[0]?.id).toBe('network');
  });
});

describe('analyze: idioms that name no fault, a Tapo told red, power over Ethernet', () => {
  it('reads "a pinch of salt" as no pinched lead: no caution, no fault of the device', () => {
    const a = analyze('the light is slowly blinking red I think, but take that with a pinch of salt');
    expect(a.caution).toBe(false);
    expect(a.causes[0]?.id).toBe('network');
  });
  it('reads a Tapo told red, with no word of a light, as a red light told no further', () => {
    const a = analyze('tapo red again!! help');
    expect(a.causes[0]?.id).toBe('network');
    expect(a.causesFromPattern).toBe(true);
  });
  it('reads a danger at a PoE injector or splitter as the power supply\'s', () =>
    expect(analyze('smoke is coming off the poe injector in the cupboard and the C320 light is solid red').causes[0]?.id).toBe('power'));
});

describe("analyze: the device's power port, the power coming back, a smart plug feeding a camera", () => {
  it.each([
    ["a danger at the device's power port is the device's", 'there is a brown scorch mark beside the power port of my C110 and it blinks red', 'hardware'],
    ['a danger at the device when the power came back is the device\'s', 'the C320 made a crackle and gave off a little smoke when the power came back, now solid red', 'hardware'],
    ['a smart plug that feeds a camera is its power supply', 'the P125 my C210 runs off crackles now and then and the camera blinks red', 'power'],
    ['a smart plug that is the device, "switched" told of what it runs', 'the P100 plug itself smells of hot plastic, so I switched off the fan it runs, and its light is red', 'hardware'],
  ])('%s: "%s" puts %s first', putsFirst);
  it.each(['the hot water heater timer tripped the fuse and the cam went red after', "I'm shocked that the adapter that came with my C100 is already dead, light red"])('reads no danger in "%s"', (text) =>
    expect(analyze(text).safety).toBe(false),
  );
});

describe('analyze: the firmware or the power told fine, a cut the device rode through, a move to a new home', () => {
  it.each([
    ['a burst with the firmware told up to date: the pattern\'s other causes', 'three quick red flashes then a gap, over and over. the firmware is up to date according to the app', 'network'],
    ['the device told powered on against the app\'s question', 'The app says check it is powered on. It is powered on! Red light blinking slowly.', 'network'],
    ['the whole street streaming', 'on a hot evening like tonight, when the whole street is streaming, the C110 blinks red slowly', 'network'],
    ['a power cut the backup kept the cameras through', 'we lost power for two hours but the ups kept the cameras going, yet the C320 is flashing red now', 'network'],
    ['a new multi socket shared with other gear', 'I plugged the C100 into the multi socket behind the telly along with the amp and the games console, now it flashes red', 'power'],
  ])('%s: "%s" puts %s first', putsFirst);
  it('reads another adapter that made no difference after a cut as the supply ruled out', () =>
    expect(analyze('red blinking since the power cut, a different adapter made no difference').causes[0]?.id).not.toBe('power'));
  it.each(['since we got the keys to the new house the C210 blinks red', 'NEW FLAT. CAMERA RED'])('reads a move to a new home as a move: %s', (text) =>
    expect(analyze(text).events).toContain('relocation'),
  );
  it('reads tracking that "hasn\'t moved in" days as no move', () => expect(analyze("where's my order? tracking hasn't moved in 5 days").events).toEqual([]));
});

describe('analyze: a spliced lead, a smell of cooking, a sheath pulled back', () => {
  it.each(["I spliced the C200's cable to make it longer and now the light blinks red", 'the C110 smells like something cooking and the light is red', 'the outer sheath pulled back at the plug end of the lead, C110 red'])(
    'stops for a danger in "%s"',
    (text) => expect(analyze(text).safety).toBe(true),
  );
});

describe('analyze: a firmware version told changed, bandwidth burnt through, a bench supply, a staple through a lead', () => {
  it('reads a firmware version told changed as an update, the firmware first', () => {
    const a = analyze('the firmware changed from 2.0.1 to 2.1.3, it finished fine, since then red and green in turns');
    expect(a.events).toContain('firmware-update');
    expect(a.causes[0]?.id).toBe('firmware');
  });
  it('reads "burning through the bandwidth" as no danger', () =>
    expect(analyze('my kids streaming all night are burning through the bandwidth, and the C200 blinks red fast').safety).toBe(false));
  it('reads a device put on a bench or lab supply as no move', () =>
    expect(analyze('I put it on a lab supply set to 5 V and it still flashes red three times then pauses').events).toEqual([]));
  it('stops for a lead stapled through', () => expect(analyze('the electrician stapled through the C110 lead when fixing it to the skirting and now it blinks red').safety).toBe(true));
});

describe('analyze: a device that will not pair or be added', () => {
  it('puts the network first for a device the app cannot add', () =>
    expect(analyze('C200 stays solid red and I could not add it to the app with either phone').causes[0]?.id).toBe('network'));
  it('reads nothing into other gear that will not pair', () => expect(analyze("my headphones won't pair with the laptop").causes).toEqual([]));
});

describe('analyze: a PoE splitter for a supply, a strip shared with appliances, a device unplugged for a chore', () => {
  it.each([
    ['a PoE splitter standing in for the adapter', 'the C320WS runs on a poe splitter and keeps blinking red', 'power'],
    ['a strip shared with appliances', 'the light on my tapo flashes red, it\'s on one of those multi plugs with the microwave and the kettle', 'power'],
    ['unplugged for a chore and plugged back', 'mum unplugged it to use the hoover and since then it is red', 'power'],
    ['unplugged for a chore, then red and green by turns: waiting to be set up', 'i only unplugged it to dust and now it goes red and green, red and green', 'network'],
  ])('%s: "%s" puts %s first', putsFirst);
});

describe("analyze: another thing's green light", () => {
  it.each(['C425 red, H100 green, what now', 'the doorbell blinks red but the hub is green', 'Only the garage cam is red, the others are green'])(
    'reads "%s" as the device\'s red light, not red and green by turns',
    (text) => {
      const a = analyze(text);
      expect(a.light).toBe('red');
      expect(a.pattern).not.toBe('alternating');
    },
  );
  it('still reads red and green told of one light as alternating', () => expect(analyze('the camera goes red, then green, then red again, over and over').pattern).toBe('alternating'));
});

describe('analyze: solid red at start-up, then green', () => {
  it('reads the steady red told before the green as the solid pattern, the light green now', () => {
    const a = analyze('steady red for about a minute after I plug the C210 in, then it goes green, is that normal');
    expect(a.pattern).toBe('solid');
    expect(a.light).toBe('green');
  });
  it('reads no pattern in a change to green with no steady red told', () => expect(analyze('it was red, now it is green').pattern).toBeNull());
});

describe('analyze: a lead whose rubber is torn', () => {
  it.each(["the lead's rubber is torn near the plug", 'I can see the braided shield through the usb cable now'])('stops for "%s"', (text) =>
    expect(analyze(text).safety).toBe(true),
  );
});

describe('analyze: a lead whose insulation is called its isolation, or whose inner wires are out', () => {
  it.each(['near the plug the isolation is broken on my adapter cord', 'the dog got the cable and the inside wires are out, the camera blinks red'])('stops for "%s"', (text) =>
    expect(analyze(text).safety).toBe(true),
  );
  it('takes a router setting called isolation for no danger', () => expect(analyze('AP isolation is on in my router, could that keep the camera offline?').safety).toBe(false));
});

describe('analyze: a supply that is not its own, in other words', () => {
  it.each([
    'we changed the wifi last month, and the charger is a different brand since the tapo one went missing; the camera blinks red',
    'the app says offline and the light blinks red, I am not sure it is the original adapter',
  ])('puts power first for "%s"', (text) => expect(analyze(text).causes[0]?.id).toBe('power'));
});

describe('analyze: tried in another home and red there too', () => {
  it.each(["took the C200 over to my brother's to try it, still red on his router and sockets", "tried cam 3 at my friend's place, same thing, red blinking"])(
    'puts the device first for "%s"',
    (text) => expect(analyze(text).causes[0]?.id).toBe('hardware'),
  );
  it('does not when it works there', () => expect(analyze("took the camera to my mum's and it works fine there").causes[0]?.id).not.toBe('hardware'));
});

describe('analyze: the body of the device crushed, broken or aged by the sun', () => {
  it.each([
    'the case has gone brittle after years on the fence, the light blinks red and the app says offline',
    'we moved and the box with the camera in got crushed, red light since',
    'the housing has gone yellow up on the wall and it blinks red slowly, the app says offline',
  ])('puts the device first for "%s"', (text) => expect(analyze(text).causes[0]?.id).toBe('hardware'));
});

describe('analyze: the twin that works stands by the router', () => {
  it.each(['two cameras: the one next to the router is fine, the one in the garage blinks red fast', 'the kitchen cam is fine but the loft one, two floors above the router, blinks red'])(
    'puts the network first for "%s"',
    (text) => expect(analyze(text).causes[0]?.id).toBe('network'),
  );
  it('leaves the device first when only the router is told fine', () =>
    expect(analyze('the camera is plugged into the wall, router fine, other devices fine, tried another socket, still red').causes[0]?.id).toBe('hardware'));
});

describe('analyze: a device plugged in to a UPS', () => {
  it('puts power first', () => expect(analyze('the camera is plugged in to a UPS under my desk and goes red now and then').causes[0]?.id).toBe('power'));
});

describe('analyze: the power told perfect', () => {
  it.each(['the electrician says the power is perfect at that socket and the camera blinks red fast', 'the power is perfect in the house, the adapter is new, but the cam blinks red'])(
    'puts power after the rest for "%s"',
    (text) => expect(analyze(text).causes[0]?.id).not.toBe('power'),
  );
});

describe('analyze: rain told and set aside', () => {
  it('does not put the device first when it is told sealed and dry', () =>
    expect(analyze('it poured all night but the C310 is the weatherproof model and dry inside; now it blinks red slowly and the app says offline').causes[0]?.id).not.toBe('hardware'));
  it('still stops for rain that got inside', () => {
    const a = analyze('rain got inside the camera and the lens is fogged, the light blinks red');
    expect(a.safety).toBe(true);
    expect(a.causes[0]?.id).toBe('hardware');
  });
});

describe('analyze: two batteries told, one of them low', () => {
  it('puts power first', () =>
    expect(analyze('the C420 by the shed shows battery 90%, the other C420 by the gate has battery at 8% and blinks red, the hub is fine').causes[0]?.id).toBe('power'));
});

describe('analyze: a doorbell hardwired to the bell it replaced', () => {
  it('reads "hardwired" as a word of its own, not as "hardware"', () => expect(analyze('D230 doorbell, hardwired. the red light blinks').causes[0]?.id).not.toBe('hardware'));
  it.each(['our D230 runs off the existing doorbell wiring and the ring flashes red', 'the D230 is wired to the old chime box in the hall and it blinks red'])(
    'puts power first for "%s"',
    (text) => expect(analyze(text).causes[0]?.id).toBe('power'),
  );
});

describe('analyze: the blink told by a likeness', () => {
  it.each([
    ['the hub keeps blinking red like the indicators on my van', 'slow'],
    ['it flashes red, a bit like a car with its hazards on', 'slow'],
    ['the cam goes red like an ambulance at night', 'rapid'],
    ['the red light flashes like a police car', 'rapid'],
    ['the doorbell ring blinks like someone sending morse code', 'burst'],
    ['the red light is like morse code, even though it blinks fast', 'burst'],
  ])('reads "%s" as %s', (text, pattern) => expect(analyze(text).pattern).toBe(pattern));
});

describe('analyze: the adapter proven on something else', () => {
  it.each(['the adapter charges my phone fine, yet the hub is red', 'I tried the adapter in my other camera and it works there, this one is still red'])(
    'puts power after the rest for "%s"',
    (text) => expect(analyze(text).causes[0]?.id).not.toBe('power'),
  );
});

describe('analyze: insects or a stuck night vision inside the device', () => {
  it.each(['ants got inside the hub, the light is red', 'my C310 is stuck in night mode and the light blinks red'])(
    'puts the device first for "%s"',
    (text) => expect(analyze(text).causes[0]?.id).toBe('hardware'),
  );
});

describe('analyze: parts of both fronts tried by the count', () => {
  it('puts the device first', () => expect(analyze('three chargers and two routers later the TC70 is solid red').causes[0]?.id).toBe('hardware'));
});

describe('analyze: heat told of the device, its adapter set aside', () => {
  it('stops the flow and puts the device first', () => {
    const a = analyze('the hub itself, not the adapter, is too hot to touch and blinks red');
    expect({ safety: a.safety, cause: a.causes[0]?.id }).toEqual({ safety: true, cause: 'hardware' });
  });
});

describe('analyze: a router that restarts for its own updates', () => {
  it('reads no update of the device', () => {
    const a = analyze('the router restarts every night for updates and the C100 is blinking red in the morning');
    expect({ events: a.events, cause: a.causes[0]?.id }).toEqual({ events: [], cause: 'network' });
  });
});

describe('analyze: other devices weak where it stands, or the power shown there', () => {
  it('puts the network first when phones struggle there too', () =>
    expect(analyze('the C200 keeps restarting with a red light, and our phones struggle in that corner too').causes[0]?.id).toBe('network'));
  it('puts power after the rest when a machine on its socket runs', () =>
    expect(analyze('the washing machine is on the same socket and runs fine, so there is power there, but the C200 blinks red').causes[0]?.id).not.toBe('power'));
});

describe('analyze: a strip crowded with things', () => {
  it.each([
    'the C100 sits on a 4-way extension along with the speakers, a desk lamp, the monitor and the laptop, and its light flashes red',
    'the C210 is on a multi plug with several other devices and blinks red',
  ])('puts power first for "%s"', (text) => expect(analyze(text).causes[0]?.id).toBe('power'));
});

describe('analyze: the power and the network told checked together', () => {
  it('puts the device first', () =>
    expect(analyze('the speaker went quiet and the C210 light is red now. power and wifi were both checked by my son').causes[0]?.id).toBe('hardware'));
});

describe('analyze: moving parts or a button that no longer work', () => {
  it.each([
    'the C100 came back from the loft rattling, its light red and green in turns',
    'a branch hit the C500 in the storm, the pan is stuck now and the light flashes red slowly',
    'the reset button on the hub feels stuck down and the light goes red, then green, then red',
    'no whirr at start-up any more from the C210, the light just stays red',
  ])('puts the device first for "%s"', (text) => expect(analyze(text).causes[0]?.id).toBe('hardware'));
  it('leaves the update first when the motor stopped after it', () =>
    expect(analyze('since the firmware update last night the C200 will not pan and blinks red').causes[0]?.id).toBe('firmware'));
  it('leaves the supply first when it is not its own', () =>
    expect(analyze('the motor clicks every minute and the light goes red, it runs on the 12V charger from my old router').causes[0]?.id).toBe('power'));
});

describe('analyze: fixes told done already, a power adapter or a hub swapped, a battery charged', () => {
  it.each([
    'the C100 blinks red. already did a reset and a new adapter',
    'the C420 in the garage: charged fully, paired to another hub, reset too, still red',
    'replaced the power adapter, reset it and re-added it in the app, the H100 is still solid red',
  ])('puts the device first for "%s"', (text) => expect(analyze(text).causes[0]?.id).toBe('hardware'));
});

describe('analyze: supplies and links told in a few more words', () => {
  it.each([
    'moved the C110 out to the porch on an aftermarket outdoor adapter, now the light blinks red fast',
    'the C200 moved to the hall on a 4 m USB lead, now it drops off the wifi with a red light',
  ])('puts power first for "%s"', (text) => expect(analyze(text).causes[0]?.id).toBe('power'));
  it.each([
    'the P110 light flashes red and I cannot switch it from the app, though the kettle on it does turn on with the button',
    'the P110 at the bottom of the garden powers the fountain and has a red light',
  ])('puts the network first for "%s"', (text) => expect(analyze(text).causes[0]?.id).toBe('network'));
  it('puts power after the rest when a lamp on the same socket works', () =>
    expect(analyze('since the outage the C200 blinks red slowly, it is on the same socket as the radio and the radio works').causes[0]?.id).not.toBe('power'));
});

describe('analyze: rain getting in, smoke when it powers up', () => {
  it('stops the flow for rain told getting in', () =>
    expect(analyze('the C320WS has a crack and rain has been getting in ever since, the light blinks red').safety).toBe(true));
  it('puts the device first for smoke when it powers on', () => {
    const a = analyze('the C210 in the barn blinks red and smoke rises from it when it powers up');
    expect({ safety: a.safety, cause: a.causes[0]?.id }).toEqual({ safety: true, cause: 'hardware' });
  });
  it('keeps the supply first for a smell at the box that powers it', () =>
    expect(analyze('the little box that powers the C100 smells of burning and the light blinks red').causes[0]?.id).toBe('power'));
});

describe('analyze: a socket swapped, everything swapped, a yellowed dome, a hub in a cupboard, the end of the garden', () => {
  it('puts power after the rest when the socket was swapped and it is still red', () =>
    expect(analyze('the electrician swapped the socket for me, and the C110 still blinks red slowly').causes[0]?.id).not.toBe('power'));
  it.each(['swapped everything already: another cable, another adapter, sat it next to the router. solid red', 'the C210 dome is yellow now and it blinks red'])(
    'puts the device first for "%s"',
    (text) => expect(analyze(text).causes[0]?.id).toBe('hardware'),
  );
  it('puts the network first for a camera taken to the end of the garden', () =>
    expect(analyze('took the C100 out to the end of the garden on an extension reel, now it flashes red quickly').causes[0]?.id).toBe('network'));
  it('puts the network first for a hub shut in a cupboard', () =>
    expect(analyze("the H200 sits inside a cupboard in the utility room and the light blinks red like a car's indicator").causes[0]?.id).toBe('network'));
  it('keeps the supply first for a power strip in a cupboard', () =>
    expect(analyze('the C200 is on a plug strip in a cupboard and blinks red fast').causes[0]?.id).toBe('power'));
});

describe('analyze: the app told too old', () => {
  it.each(["the app on my wife's phone is ancient and the TC60 light blinks red", 'app is very old on my phone and the C200 light is red and blinking slowly'])(
    'puts the firmware first for "%s"',
    (text) => expect(analyze(text).causes[0]?.id).toBe('firmware'),
  );
  it('reads no old firmware in an app that only reports the device offline', () =>
    expect(analyze('the app says the C100 is offline and the light blinks red').causes[0]?.id).not.toBe('firmware'));
});

describe('analyze: a memory card, blackout blinds, a socket tested with a lamp, any adapter tried', () => {
  it.each([
    'the app shows a problem with the sd card and the C110 light keeps blinking red',
    'my TC70 started blinking red once the sd card was full, it said so in the app',
    'the C220 goes to fast red flashes when I put the sd card in, take it out and it settles',
  ])('puts the device first for "%s"', (text) => expect(analyze(text).causes[0]?.id).toBe('hardware'));
  it('reads no power cut in blackout curtains put up', () => {
    const a = analyze('we hung blackout curtains in the nursery and since then the C100 has a slow red blink');
    expect(a.events).not.toContain('power-outage');
    expect(a.causes[0]?.id).not.toBe('power');
  });
  it('still reads a blackout told as one', () => expect(analyze('there was a blackout on our street last night and the C100 has a slow red blink').events).toContain('power-outage'));
  it('puts the power after the rest when the socket was tested with a lamp', () =>
    expect(analyze('the C200 in the garage blinks red slowly, I checked the socket with a desk lamp and that works').causes[0]?.id).not.toBe('power'));
  it('keeps the power first when the socket was tested with a lamp after a power cut', () =>
    expect(analyze('since the power cut the C200 light is solid red, I tested the socket with a lamp and it works').causes[0]?.id).toBe('power'));
  it('puts the power after the rest when no adapter tried helps', () =>
    expect(analyze('the H100 is solid red no matter which adapter we use').causes[0]?.id).not.toBe('power'));
});

describe('analyze: an error the app names, a plug relay, a fall on the way, a plug timer', () => {
  it.each([
    'the app says camera error and the C310 light is red',
    'my P100 is red and its relay keeps clicking',
    "P110 light red, and the relay doesn't click when I switch it from the app",
    'relocated the C200 to the attic, dropped it on the steps, now a slow red blink',
  ])('puts the device first for "%s"', (text) => expect(analyze(text).causes[0]?.id).toBe('hardware'));
  it('puts the power first for a camera on a plug timer', () =>
    expect(analyze('the C110 in the hall is on a plug timer now and blinks red in little groups').causes[0]?.id).toBe('power'));
});

describe('analyze: the light told changing over time', () => {
  it('reads the pattern of the colour told last, later in the day', () =>
    expect(analyze('the C210 light went orange at first, and eventually it was flashing red really quickly').pattern).toBe('rapid'));
});

describe('analyze: worn insulation, a warm strip that feeds a heater, a melted patch after a heatwave, a wet corroded connector', () => {
  it.each([
    'the insulation is worn away on the C200 lead and the light blinks red',
    'the doorbell wire has its insulation rubbed off near the screw',
    'the extension lead is warm, a heater runs off it too, and the C200 blinks red',
    'the heatwave left a melted patch on the C320WS housing and now it blinks red',
    'the C500 connector is corroded and damp and the light is red',
  ])('stops the flow for "%s"', (text) => expect(analyze(text).safety).toBe(true));
  it('does not stop the flow for an owner melting on a balcony in a heatwave', () =>
    expect(analyze('during the heatwave I was melting on the balcony next to the C200, it blinks red').safety).toBe(false));
});

describe('analyze: sockets tried by the count, whatever part is used, a storm door, lines across the picture, the rest of a socket working', () => {
  it('puts the power after the rest when several outlets were tried and it is still red', () =>
    expect(analyze('tried 3 outlets, the C110 is still solid red').causes[0]?.id).not.toBe('power'));
  it('puts the power after the rest when it is red whatever part is used', () =>
    expect(analyze('the C200 light is red whatever charger or socket I use').causes[0]?.id).not.toBe('power'));
  it('reads no power cut in a storm door fitted', () => expect(analyze('we put up a storm door at the front and the D230 has blinked red since').events).not.toContain('power-outage'));
  it('puts the device first for purple lines across the picture', () =>
    expect(analyze('every few minutes purple lines go across the picture and the C220 reboots with a red light').causes[0]?.id).toBe('hardware'));
  it.each(['the adapter might be dodgy, but everything else on that socket works fine and the C210 still blinks red', 'the power supply could be bad, yet everything else on the same strip is working, C100 blinks red'])(
    'puts the power after the rest for "%s"',
    (text) => expect(analyze(text).causes[0]?.id).not.toBe('power'),
  );
  it('reads no sockets tried in other plugs on the same extension', () =>
    expect(analyze('the C200 is on a multi-socket extension with four other plugs and blinks red slowly, still red after a restart').causes[0]?.id).toBe('power'));
});

describe('analyze: a colour turned into the red', () => {
  it.each(['the C100 went from green to red this morning and keeps blinking', 'our C200 went from green to red after the new router went in'])(
    'reads no alternating light in "%s"',
    (text) => expect(analyze(text).pattern).not.toBe('alternating'),
  );
  it('reads the blinking told after the change', () => expect(analyze('the TC70 changed from steady green to quick red flashing').pattern).toBe('rapid'));
  it('still reads colours told coming round again as alternating', () => expect(analyze('the C200 flips from red to green and back to red all day').pattern).toBe('alternating'));
});

describe('analyze: the colour by a later time', () => {
  it.each([
    ['the hub showed green in the morning, orange around noon, and by 4 it was flashing red fast', 'rapid'],
    ['the C110 was green on the shelf, orange after the move and by the weekend it was blinking red slowly', 'slow'],
  ])('reads the red told by a later time in "%s"', (text, pattern) => expect(analyze(text).pattern).toBe(pattern));
});

describe('analyze: water in where the cable goes through', () => {
  it('puts the device first for water in where the cable goes through it', () =>
    expect(analyze('the C310 got drenched and I think water got in where the cable goes through, now solid red').causes[0]?.id).toBe('hardware'));
  it('keeps the power first for a cable through the wall and a wet adapter', () =>
    expect(analyze('water seeps in where the cable goes through the wall and the adapter is wet, the C100 is red').causes[0]?.id).toBe('power'));
});

describe('analyze: photo cameras, webcams and printers of other makers, TP-Link gear asked how to mend', () => {
  it.each([
    'my Nikon keeps blinking red when the battery is low, why?',
    'how can I reset my TP-Link Archer? its light is orange',
    'how do I update my 3d printer firmware',
    'the camcorder light flashes red, what is wrong with it',
    'the red light on my Logitech keyboard blinks, what does it mean',
  ])('gives no quick answer and no cause to "%s"', (text) => {
    const a = analyze(text);
    expect(a.faq).toBeNull();
    expect(a.causes).toEqual([]);
  });
  it('still reads a Deco mesh set up in passing as a network change', () => expect(analyze('the C200 blinks red since I set up the new Deco mesh').events).toContain('network-change'));
});

describe("analyze: the owner's guess", () => {
  it('puts what was seen before a guess that follows it', () =>
    expect(analyze('The outdoor C310 has a big dent from the hail and blinks red fast. Must be the internet.').causes[0]?.id).toBe('hardware'));
  it('still reads a guess told alone', () => expect(analyze('Must be the router again. The C100 light is red.').causes[0]?.id).toBe('network'));
});

describe('analyze: a supply warm beside a heater, a shadow round the holes of a socket', () => {
  it.each([
    'we run a space heater off the same power strip as the C200 and the strip is a little warm, light is red',
    'the extension lead is a bit warm, a heater is plugged into it too, and the C210 blinks red',
  ])('stops the flow and puts the power first for "%s"', (text) => {
    const a = analyze(text);
    expect(a.safety).toBe(true);
    expect(a.causes[0]?.id).toBe('power');
  });
  it('does not stop the flow for a heater that is warm itself', () => expect(analyze('the C110 sits by the heater, which gets warm, and the light is red').safety).toBe(false));
  it('stops the flow for a brown shadow round the holes of a wall socket', () =>
    expect(analyze('there is a brown shadow round the holes of the wall socket the P100 is in, and it blinks red').safety).toBe(true));
});

describe('analyze: steady told only of another colour', () => {
  it('reads the red blinking, not the other device told solid green', () =>
    expect(analyze('the hub in the loft flashes red fast while the one downstairs is solid green').pattern).toBe('rapid'));
  it('still reads a solid orange-red light as solid', () => expect(analyze('the C100 light is a solid orange-red since it fell').pattern).toBe('solid'));
});

describe('analyze: a power bank run down, a lead not its own, another appliance\'s adapter by mistake, a lamp that flickers, a test in friends\' homes, an update that will not go on, a knock, a new plug that did not help', () => {
  it.each([
    ['a power bank down to its last bar', 'the C200 runs from a power bank, down to one bar now, and its light flashes red', 'power'],
    ['a thin lead put in', 'the C200 blinks red and can\'t reach the wifi since I changed to a thin cable so it reaches the shelf', 'power'],
    ['a third-party lead put in', 'the C200 shows offline in the app since I put in a third-party lead, red light', 'power'],
    ["another appliance's adapter by mistake", "I swapped the camera's adapter with the one from my speaker by mistake and it can't connect now, red light", 'power'],
    ['a lamp on its socket that flickers', 'the C310 blinks red fast since I moved it to the guest room, and that socket makes the desk lamp flicker now and then', 'power'],
    ["red in friends' homes too", "I took the C200 to a few friends' places, same on their wifi, it keeps blinking red", 'hardware'],
    ['an update that will not install', 'the C210 will not install the new firmware and its light flashes red', 'firmware'],
    ['a knock from something', 'the hub got a bump from the vacuum cleaner and now it blinks red', 'hardware'],
    ['a new power plug that did not help', 'the C200 restarts itself every minute with a red light, and I already tried a new power plug', 'hardware'],
  ])('puts the right cause first for %s: %s', (_, text, cause) => expect(analyze(text).causes[0]?.id).toBe(cause));
});

describe('analyze: a blink once a second, a steady pace, a handful of flashes, a red that is not changing', () => {
  it.each([
    ['the light on my C100 comes on red about once a second', 'slow'],
    ['the C200 goes red, dark, red, dark at a steady gentle pace', 'slow'],
    ['the C310 gives a handful of fast red flashes, then goes quiet, again and again', 'burst'],
    ['my C220 light: a handful of quick blinks, then nothing', 'burst'],
    ['the doorbell light is red and not changing since this morning', 'solid'],
  ])('reads "%s" as %s', (text, pattern) => expect(analyze(text).pattern).toBe(pattern));
});

describe('analyze: events told as a setting switched off, a network name hidden, software that went on, a hotspot left, a stay at a relative\'s', () => {
  it.each([
    ['I turned 2.4GHz off in the router settings and the C100 blinks red', 'network-change'],
    ['my partner hid the wifi name last night and the C210 blinks red', 'network-change'],
    ['the TC60 began blinking red in small groups right after the new software went on', 'firmware-update'],
    ['I moved the C100 off my mobile hotspot onto the home wifi and it blinks red', 'network-change'],
    ["we brought the C110 over to my aunt's for the weekend and it flashes red there", 'relocation'],
  ])('finds in "%s" the event %s', (text, event) => expect(analyze(text).events).toContain(event));
});

describe('analyze: a phone, a television, a toothbrush, a bike light asked about', () => {
  it.each([
    ["what's the way to wipe an iphone clean before I give it away", 'iphone'],
    ['why does my bike light flash red after a long ride', 'bike light'],
    ["the samsung television in the lounge won't take its firmware update, any tips", 'samsung television'],
    ['our toothbrush shows a red light after charging all night, is it broken', 'toothbrush'],
  ])('reads "%s" as about the %s, not our device', (text, thing) => {
    const a = analyze(text);
    expect(a.otherBrand).toBe(thing);
    expect(a.onTopic).toBe(false);
    expect(a.faq).toBeNull();
  });
  it('still reads our device beside a phone named in passing', () => {
    const a = analyze('my iphone hotspot is named after my dog and the C100 blinks red');
    expect(a.otherBrand).toBeNull();
    expect(a.causes[0]?.id).toBe('network');
  });
  it('still reads a bike light as a likeness', () => expect(analyze('the C200 light goes on and off like a bike light, quick').pattern).toBe('rapid'));
});

describe('analyze: an update unplugged midway, weeks and floors that count no twins, a microwave beside it, a night below zero, a router back to its defaults, a socket proven by a lamp', () => {
  it.each([
    ['an update unplugged while it ran, power and wifi fine', 'power and wifi are both fine. my son pulled the plug on the C210 while it was updating and now it stays solid red', 'firmware'],
    ['an update, then the power and the network checked', 'the C320WS updated itself on monday and since then it flashes red and drops out. power and network have been checked', 'firmware'],
    ['weeks of age beside a router told fine', "it's only six weeks old, router's fine. the C110 flashes red quickly", 'network'],
    ['a multi-way shared with kitchen appliances', 'the camera is on a multi-way along with the kettle, the toaster and the fridge. quick red blinking', 'power'],
    ['a battery camera on nights below zero', 'our C420 over the shed flashes red, it gets down to -12 overnight here', 'power'],
    ["the router's own update, the device's firmware unchanged", "our router updated its own firmware last night. the camera's firmware hasn't changed but it blinks red now", 'network'],
    ['a router gone back to its defaults after its own update', 'the router updated itself overnight and went back to its default settings, now the D230 flashes red twice then pauses', 'network'],
    ['a hub fallen behind the furniture', 'the H200 toppled behind the bookcase and its light is solid red on any socket', 'hardware'],
    ['a doorbell rammed by something', 'the D230 got rammed by a wheelbarrow and now it flashes red', 'hardware'],
    ['a plug where the Wi-Fi goes to die', 'the P100 that switches the heater blinks red quickly, it lives at the end of the hall where the wifi goes to die', 'network'],
    ['a tree between come into leaf, the power checked', "I've checked the power and the card. Now the tree in front of it is in full leaf and the C320WS blinks red slowly", 'network'],
    ['a socket proven by a lamp', 'the outlet powers a lamp fine. the C210 blinks red slowly', 'network'],
    ['a plug knocked half out of the wall', 'the puppy knocked the plug half out of the wall and the C100 blinks red slowly', 'power'],
  ])('puts the right cause first for %s: %s', (_, text, cause) => expect(analyze(text).causes[0]?.id).toBe(cause));

  it.each([
    ['a cordless phone base beside it', 'the C100 blinks red and the cordless phone base sits next to it on the hall table'],
    ['a microwave beside it', 'the C200 flashes red on and off and the microwave is right next to it'],
    ['a hedge between come into leaf', 'the hedge between the C500 and the house is in full leaf and it blinks red every evening'],
  ])('reads the network from the words, not the light, for %s: %s', (_, text) => {
    const a = analyze(text);
    expect(a.causes[0]?.id).toBe('network');
    expect(a.causesFromPattern).toBe(false);
  });

  it('reads a new firmware that rolled out as an update', () => expect(analyze('the doorbell was great until the new software rolled out, now it flashes red').events).toContain('firmware-update'));
  it('reads a camera stuck on another wall as a move', () => expect(analyze('took the C110 down to paint the hall, then stuck it on the opposite wall, and it blinks red').events).toContain('relocation'));
  it("reads no update of the device in a router's own update", () => expect(analyze("our router updated its own firmware last night. the camera's firmware hasn't changed but it blinks red now").events).not.toContain('firmware-update'));
  it('finds no danger in a power cycle done by hand', () => expect(analyze('the C100 drops out when the router restarts and sits in red until I power cycle it by hand').safety).toBe(false));
  it('still stops at a shock felt in the hand', () => expect(analyze('I felt a bit of electric in my hand when I touched the C310 in the rain').safety).toBe(true));
});

describe('analyze: the red that stays with a socket, the one failing of several, old age, dust caked on, a plug that feeds nothing, firmware behind its twin', () => {
  it.each([
    ['a device that works on another socket, twins fine', 'the C100 works on another socket, just not the one by the door. the other two cameras are fine on the same wifi', 'power'],
    ['the only one failing of several', 'the C100 is the only one failing out of three on the same router, red in bursts', 'hardware'],
    ['old age wondered about', 'my C200 is five years old and keeps rebooting with a red light, old age maybe?', 'hardware'],
    ['dust caked on it', 'the C110 in the garage is caked with dust and flashes red', 'hardware'],
    ['a smart plug that feeds nothing', 'the P100 clicks when I press it but nothing plugged into it gets power, the light blinks red', 'hardware'],
    ["firmware behind its twin's", "the C210's firmware is way behind the other camera's, and it blinks red slowly; same power and wifi as the other one, which is fine", 'firmware'],
  ])('puts the right cause first for %s: %s', (_, text, cause) => expect(analyze(text).causes[0]?.id).toBe(cause));
});

describe('analyze: router settings tidied or filtered, a device put somewhere by name, an update offered and not taken', () => {
  it.each([
    ['router settings tidied up', 'my partner tidied up the router settings on sunday and the C110 has blinked red since'],
    ['a router set to block', 'I set the router to block unknown devices and the C200 went solid red'],
    ['a VPN on the router switched on', "there's a VPN on our router for every device, I turned it on last night and the C100 flashes red"],
  ])('reads a network change in %s: %s', (_, text) => expect(analyze(text).events).toContain('network-change'));
  it('reads a device named by its owner and put somewhere as a move', () => expect(analyze('put our other C200 on the landing and it blinks red').events).toContain('relocation'));
  it.each([
    ['an update offered in a banner', 'the C110 blinks red and the app shows a banner that new firmware is available'],
    ['an update wondered about', 'the C310 blinks red fast. should I just update it?'],
  ])('reads no update in %s: %s', (_, text) => expect(analyze(text).events).not.toContain('firmware-update'));
  it('still reads an offered update that was taken up', () =>
    expect(analyze('the app said new firmware was available, I tapped install and now the C110 blinks red').events).toContain('firmware-update'));
});

describe("analyze: another maker's router, a dashcam, TP-Link's switches asked about", () => {
  it.each([
    ['how long do I hold the reset on my Netgear router?', 'netgear'],
    ['what microSD card should I buy for my dashcam?', 'dashcam'],
    ['how do I update the firmware on a TP-Link switch?', 'tplink switch'],
  ])('reads "%s" as about the %s, not our device', (text, thing) => {
    const a = analyze(text);
    expect(a.otherBrand).toBe(thing);
    expect(a.faq).toBeNull();
  });
  it('still reads our device beside a router named in passing', () => {
    const a = analyze('the C200 went red when we swapped the Netgear router for a new one');
    expect(a.otherBrand).toBeNull();
    expect(a.causes[0]?.id).toBe('network');
  });
  it('still answers about a card that came out of a dashcam', () =>
    expect(analyze('the card in my C100 came out of an old dashcam, could that be why it is red?').faq?.id).toBe('microsd-card'));
});

describe('analyze: a power part standing in a puddle', () => {
  it.each([
    'the C310 blinks red, and its adapter box down by the hedge was standing in a puddle this morning',
    'the extension for the C200 sat in a puddle after the storm and now it flashes red',
  ])('stops for water on the supply: %s', (text) => {
    const a = analyze(text);
    expect(a.safety).toBe(true);
    expect(a.causes[0]?.id).toBe('power');
  });
});
