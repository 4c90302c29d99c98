import { fold } from './normalize.js';

/**
 * Function words that carry no topic: dropped from queries and from the index so that
 * "what", "çfarë", "të" or "the" never decide which paragraph answers. Stored folded
 * (no diacritics, lowercase) because they are compared with folded tokens.
 */
export const ALBANIAN_STOPWORDS: ReadonlySet<string> = folded(
  `a ai ajo ata ato atij asaj atyre atë ate apo ashtu ca cfare cila cilat cili cilet cilin cilen cilit cilat cilave cilës cilës
   cilin ciles dhe di do duke e edhe ende eshte jane jam je jemi jeni ka kane kam kemi keni kete kjo ky keto kete ketij
   kesaj ketyre kish kishte kishin ishte ishin jete jene jene kur ku kush kujt kë ke ma me mbi me mos ne nese nje nuk
   nga ndaj o ose pa per po pra qe se si sa sepse seç sec ta te tek tij saj tyre u une ti ju na i jo pse vetem vete
   cili cila cilet cilat sipas rreth mes midis ndermjet para pas prej deri tani ketu atje kete kesaj gjate tek tere
   cdo gjithe ç shume pak mund duhet do te ta t’i t'i t’u t'u s'ka por ndersa gjithashtu madje keshtu atehere etj tha thote thane foli flet folen ndodhet gjendet`,
);

/** English function words, and verbs every question uses ("say", "get"), stored folded. */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = folded(
  `a about above after again against all am an and any are as at be because been before being below between both but
   by can could did do does doing done down during each few for from further had has have having he her here hers him
   his how i if in into is it its itself just me more most my no nor not now of off on once only or other our out over
   own same she should so some such than that the their them then there these they this those through to too under
   until up very was we were what when where which while who whom whose why will with would you your yours tell me
   please article text say says said saying speak speaks spoke spoken told tells according mention mentioned mentions
   does did anything something get gets getting got located situated many much
   within without toward towards alongside among amongst across along around beside besides beyond inside outside
   upon onto via per despite unlike yet still also even ever else must might shall ought
   anyone anybody someone somebody everyone everybody everything nothing nobody whatever whoever whichever
   supposed really actually`,
);

/** The set of the folded words of a space-separated list (so "çfarë" is stored as "cfare"). */
function folded(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean).map(fold));
}
