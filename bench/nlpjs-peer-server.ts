// The peer of the HTTP benchmark: an NLP.js (`@nlpjs/basic`) intent bot with a small set of
// intents and answers for the things people say to a support chatbot, served by a bare node:http
// server. It answers `POST /api/conversations/:id/messages {text}` with `{reply: {text}, intent}`,
// keeps nothing and checks no token: the cost of classifying a message and answering it over
// HTTP, with none of the safety, state, storage, encryption or audit that Alliance does per turn.
// Started as a child process by http-turns.bench.ts; prints `listening on <url>` when ready.
import { createServer } from 'node:http';
import { dockStart } from '@nlpjs/basic';

const INTENTS: Record<string, { examples: string[]; answer: string }> = {
  'consent.yes': {
    examples: ['yes, that is fine', 'ok yes', 'fine, yes', 'yes ok', 'sure, go ahead'],
    answer: 'Thank you. What would you like me to call you?',
  },
  'profile.name': {
    examples: ['call me Jordan', 'call me Sam, and slower please', 'my name is Alex', "I'm Riley"],
    answer: 'Good to meet you. What has been on your mind lately?',
  },
  'concern.work': {
    examples: [
      "I started a new job and I'm stressed all the time",
      'my boss shouted at me again in front of everyone',
      'my manager keeps moving deadlines',
      'work drinks on Fridays are the hardest',
    ],
    answer: 'Work sounds like a lot at the moment. What is the hardest part of it?',
  },
  'concern.sleep': {
    examples: [
      "I lie awake going over everything I didn't get done",
      'I wake up at 3am and start planning the day',
      'I feel tired all the time',
    ],
    answer: 'Sleep matters so much. What happens when you lie awake?',
  },
  'concern.mood': {
    examples: [
      'we broke up in the summer and I still feel flat',
      'weekends are the worst, I just stay in',
      'I keep replaying what went wrong',
      'school is just a lot right now',
    ],
    answer: 'That sounds heavy. How long have you been feeling this way?',
  },
  'concern.drinking': {
    examples: [
      'my partner thinks I drink too much',
      'a glass of wine is how I relax',
      'I do not want to give it up completely',
    ],
    answer: 'It sounds like part of you wants to change and part of you does not. Tell me more.',
  },
  'goal.state': {
    examples: [
      "I'd like to sleep better",
      'I want to stop letting my boss wreck my evenings',
      'I want to feel like myself again',
      'be less tired i guess',
    ],
    answer: 'That is a goal worth working on. What would be a first small sign of progress?',
  },
  agree: {
    examples: [
      "yes, that's right",
      'yes',
      'yeah',
      'the first one sounds good',
      'ok, I can do that',
    ],
    answer: 'Good. Shall we try a short exercise together?',
  },
  decline: {
    examples: ['no', 'not today, thanks', "let's just talk", 'no, none of those for me'],
    answer: 'That is fine. What would feel more useful to you?',
  },
  unsure: {
    examples: ['idk', 'dunno', 'not sure really', 'hmm, maybe', 'whatever', 'i dont know'],
    answer: 'Take your time; there is no right answer here.',
  },
  rating: {
    examples: ['about a 6', 'a 5', '4', 'about a 6 I think', 'several days'],
    answer: 'Thank you for rating it. What makes it that number rather than lower?',
  },
  complaint: {
    examples: [
      "this is pointless, you're just a bot reading a script",
      "you're not helping, you keep asking the same thing",
      'that is a stupid suggestion, this is useless',
    ],
    answer: 'I hear that this is not helping. What would you rather we did?',
  },
  crisis: {
    examples: [
      "I've been thinking about killing myself",
      "I don't see the point anymore",
      'I want to end it all',
    ],
    answer:
      'I am worried about your safety. If you are in danger, call 999 or Samaritans on 116 123.',
  },
  thanks: {
    examples: ['thank you, that does help a bit', 'thanks', 'that helped'],
    answer: 'I am glad. Is there anything else on your mind?',
  },
};

const dock = await dockStart({
  use: ['Basic'],
  settings: { nlp: { autoSave: false, autoLoad: false, log: false, nlu: { log: false } } },
});
const nlp = dock.get('nlp');
nlp.addLanguage('en');
for (const [intent, { examples, answer }] of Object.entries(INTENTS)) {
  for (const example of examples) nlp.addDocument('en', example, intent);
  nlp.addAnswer('en', intent, answer);
}
// Training prints its epochs; they would be mistaken for the ready line.
const log = console.log;
console.log = () => {};
await nlp.train();
console.log = log;

const FALLBACK = 'I am not sure I follow. Could you tell me more?';
const route = /^\/api\/conversations\/[^/]+\/messages$/u;

const server = createServer((request, response) => {
  const answer = (status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(body));
  };
  if (request.method !== 'POST' || !route.test(request.url ?? '')) {
    answer(404, { error: { code: 'not_found', message: 'Nothing here.' } });
    return;
  }
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    let text: unknown;
    try {
      text = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { text?: unknown }).text;
    } catch {
      text = undefined;
    }
    if (typeof text !== 'string' || text.trim() === '') {
      answer(400, { error: { code: 'request_invalid', message: 'Send {text}.' } });
      return;
    }
    nlp.process('en', text).then(
      (result: { intent: string; answer?: string }) =>
        answer(200, { reply: { text: result.answer ?? FALLBACK }, intent: result.intent }),
      () => answer(500, { error: { code: 'internal', message: 'The bot failed.' } }),
    );
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object')
    console.log(`listening on http://127.0.0.1:${address.port}`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
