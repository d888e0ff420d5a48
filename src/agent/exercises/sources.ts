/**
 * Citations behind the exercise library, kept in one place because several exercises share them.
 * They support the structure of each exercise (and its cautions); the wording of every prompt is
 * the project's own.
 */

// Cognitive therapy: the thought record.
export const BECK_1979 =
  'Beck AT, Rush AJ, Shaw BF, Emery G. Cognitive Therapy of Depression. New York: Guilford Press; 1979.';
export const GREENBERGER_PADESKY_1995 =
  'Greenberger D, Padesky CA. Mind Over Mood: Change How You Feel by Changing the Way You Think. New York: Guilford Press; 1995.';

// Behavioural activation, activity scheduling and pleasant events.
export const MARTELL_2010 =
  'Martell CR, Dimidjian S, Herman-Dunn R. Behavioral Activation for Depression: A Clinician’s Guide. New York: Guilford Press; 2010.';
export const JACOBSON_1996 =
  'Jacobson NS, Dobson KS, Truax PA, Addis ME, Koerner K, Gollan JK, Gortner E, Prince SE. A component analysis of cognitive-behavioral treatment for depression. J Consult Clin Psychol 1996;64(2):295–304.';
export const LEJUEZ_2001 =
  'Lejuez CW, Hopko DR, Hopko SD. A brief behavioral activation treatment for depression: treatment manual. Behav Modif 2001;25(2):255–86.';
export const LEWINSOHN_GRAF_1973 =
  'Lewinsohn PM, Graf M. Pleasant activities and depression. J Consult Clin Psychol 1973;41(2):261–8.';
export const MACPHILLAMY_LEWINSOHN_1982 =
  'MacPhillamy DJ, Lewinsohn PM. The Pleasant Events Schedule: studies on reliability, validity, and scale intercorrelation. J Consult Clin Psychol 1982;50(3):363–80.';

// Slow breathing, and the case against breathing control during panic.
export const ZACCARO_2018 =
  'Zaccaro A, Piarulli A, Laurino M, Garbella E, Menicucci D, Neri B, Gemignani A. How breath-control can change your life: a systematic review on psycho-physiological correlates of slow breathing. Front Hum Neurosci 2018;12:353.';
export const LEHRER_GEVIRTZ_2014 =
  'Lehrer PM, Gevirtz R. Heart rate variability biofeedback: how and why does it work? Front Psychol 2014;5:756.';
export const MEURET_2003 =
  'Meuret AE, Wilhelm FH, Ritz T, Roth WT. Breathing training for treating panic disorder: useful intervention or impediment? Behav Modif 2003;27(5):731–54.';
export const SCHMIDT_2000 =
  'Schmidt NB, Woolaway-Bickel K, Trakowski J, et al. Dismantling cognitive-behavioral treatment for panic disorder: questioning the utility of breathing retraining. J Consult Clin Psychol 2000;68(3):417–24.';

// Panic: catastrophic misreading of body sensations, and accepting rather than suppressing them.
export const CLARK_1986 =
  'Clark DM. A cognitive approach to panic. Behav Res Ther 1986;24(4):461–70.';
export const LEVITT_2004 =
  'Levitt JT, Brown TA, Orsillo SM, Barlow DH. The effects of acceptance versus suppression of emotion on subjective and psychophysiological response to carbon dioxide challenge in patients with panic disorder. Behav Ther 2004;35(4):747–66.';

// Grounding and distress tolerance.
export const NAJAVITS_2002 =
  'Najavits LM. Seeking Safety: A Treatment Manual for PTSD and Substance Abuse. New York: Guilford Press; 2002.';
export const LINEHAN_1993 =
  'Linehan MM. Cognitive-Behavioral Treatment of Borderline Personality Disorder. New York: Guilford Press; 1993.';
export const LINEHAN_2015 =
  'Linehan MM. DBT Skills Training Manual. 2nd ed. New York: Guilford Press; 2015.';

// Worry: stimulus control (worry postponement).
export const BORKOVEC_1983 =
  'Borkovec TD, Wilkinson L, Folensbee R, Lerman C. Stimulus control applications to the treatment of worry. Behav Res Ther 1983;21(3):247–51.';
export const MCGOWAN_BEHAR_2013 =
  'McGowan SK, Behar E. A preliminary investigation of stimulus control training for worry: effects on anxiety and insomnia. Behav Modif 2013;37(1):90–112.';

// Problem solving.
export const DZURILLA_GOLDFRIED_1971 =
  'D’Zurilla TJ, Goldfried MR. Problem solving and behavior modification. J Abnorm Psychol 1971;78(1):107–26.';
export const NEZU_2013 =
  'Nezu AM, Nezu CM, D’Zurilla TJ. Problem-Solving Therapy: A Treatment Manual. New York: Springer; 2013.';

// Sleep: stimulus control for insomnia.
export const BOOTZIN_1972 =
  'Bootzin RR. Stimulus control treatment for insomnia. Proceedings of the 80th Annual Convention of the American Psychological Association 1972;7:395–6.';
export const MORIN_2006 =
  'Morin CM, Bootzin RR, Buysse DJ, Edinger JD, Espie CA, Lichstein KL. Psychological and behavioral treatment of insomnia: update of the recent evidence (1998–2004). Sleep 2006;29(11):1398–414.';

// Positive psychology: three good things, gratitude.
export const SELIGMAN_2005 =
  'Seligman MEP, Steen TA, Park N, Peterson C. Positive psychology progress: empirical validation of interventions. Am Psychol 2005;60(5):410–21.';
export const EMMONS_MCCULLOUGH_2003 =
  'Emmons RA, McCullough ME. Counting blessings versus burdens: an experimental investigation of gratitude and subjective well-being in daily life. J Pers Soc Psychol 2003;84(2):377–89.';
export const SIN_LYUBOMIRSKY_2009 =
  'Sin NL, Lyubomirsky S. Enhancing well-being and alleviating depressive symptoms with positive psychology interventions: a practice-friendly meta-analysis. J Clin Psychol 2009;65(5):467–87.';

// Acceptance and commitment therapy: values and defusion.
export const HAYES_2012 =
  'Hayes SC, Strosahl KD, Wilson KG. Acceptance and Commitment Therapy: The Process and Practice of Mindful Change. 2nd ed. New York: Guilford Press; 2012.';
export const WILSON_2010 =
  'Wilson KG, Sandoz EK, Kitchens J, Roberts M. The Valued Living Questionnaire: defining and measuring valued action within a behavioral framework. Psychol Rec 2010;60(2):249–72.';
export const MASUDA_2004 =
  'Masuda A, Hayes SC, Sackett CF, Twohig MP. Cognitive defusion and self-relevant negative thoughts: examining the impact of a ninety year old technique. Behav Res Ther 2004;42(4):477–85.';

// Self-compassion.
export const NEFF_2003 =
  'Neff KD. Self-compassion: an alternative conceptualization of a healthy attitude toward oneself. Self Identity 2003;2(2):85–101.';
export const NEFF_GERMER_2013 =
  'Neff KD, Germer CK. A pilot study and randomized controlled trial of the mindful self-compassion program. J Clin Psychol 2013;69(1):28–44.';
export const GERMER_NEFF_2013 =
  'Germer CK, Neff KD. Self-compassion in clinical practice. J Clin Psychol 2013;69(8):856–67.';

// Urges: relapse prevention and urge surfing.
export const MARLATT_GORDON_1985 =
  'Marlatt GA, Gordon JR, eds. Relapse Prevention: Maintenance Strategies in the Treatment of Addictive Behaviors. New York: Guilford Press; 1985.';
export const BOWEN_MARLATT_2009 =
  'Bowen S, Marlatt A. Surfing the urge: brief mindfulness-based intervention for college student smokers. Psychol Addict Behav 2009;23(4):666–71.';
export const BOWEN_2011 =
  'Bowen S, Chawla N, Marlatt GA. Mindfulness-Based Relapse Prevention for Addictive Behaviors: A Clinician’s Guide. New York: Guilford Press; 2011.';

// Loneliness and social connection.
export const MASI_2011 =
  'Masi CM, Chen HY, Hawkley LC, Cacioppo JT. A meta-analysis of interventions to reduce loneliness. Pers Soc Psychol Rev 2011;15(3):219–66.';
export const EPLEY_SCHROEDER_2014 =
  'Epley N, Schroeder J. Mistakenly seeking solitude. J Exp Psychol Gen 2014;143(5):1980–99.';

// Grief.
export const STROEBE_SCHUT_1999 =
  'Stroebe M, Schut H. The dual process model of coping with bereavement: rationale and description. Death Stud 1999;23(3):197–224.';
export const SHEAR_2015 = 'Shear MK. Complicated grief. N Engl J Med 2015;372(2):153–60.';
