/**
 * The shapes of the API answers the web app reads (see docs/server.md and /api/openapi.json).
 * Written by hand so that web/ does not depend on the server's code; keep them in step.
 */

export type Role = 'client' | 'clinician' | 'researcher' | 'admin';

export interface Account {
  id: string;
  role: Role;
  email: string | null;
  displayName: string | null;
  createdAt: string;
  consent: { version: string; at: string; research: boolean } | null;
}

export interface CrisisLine {
  name: string;
  contact: string;
  source: string;
}

/** Crisis resources for one region: the emergency number and lines to call or text. */
export interface CrisisResources {
  emergency: string;
  lines: CrisisLine[];
  abuse?: CrisisLine[];
}

export interface Safety {
  crisisProtocolActive: boolean;
  risk: { level: string; categories: string[] } | null;
  crisisResources: CrisisResources | null;
}

/** One agent reply with its move and safety status. */
export interface TurnAnswer {
  reply: { text: string };
  move: string;
  safety: Safety;
  sessionNumber: number;
  stored: boolean;
}

export interface Message {
  seq: number;
  at: string;
  from: 'client' | 'agent';
  text: string;
  move?: string;
}

export interface Conversation {
  id: string;
  createdAt: string;
  updatedAt: string;
  messages: Message[];
  state: {
    sessionNumber: number;
    sessionOpen: boolean;
    crisisProtocolActive: boolean;
    goals: { text: string; status: string }[];
    safetyPlan: Record<string, string[]>;
  };
}

export interface ConversationList {
  conversations: { id: string; createdAt: string; updatedAt: string; events: number }[];
}

/** `GET /api/conversations/:id/overview`: what the chat shows beside the conversation. */
export interface Overview {
  crisisProtocolActive: boolean;
  goals: { text: string; status: string; firstSign: string | null }[];
  nextSteps: {
    title: string;
    detail: string | null;
    when: string | null;
    status: string;
    outcome: string | null;
  }[];
  safetyPlan: { section: string; title: string; items: string[] }[];
  quickReplies: { label: string; text: string }[];
}

/** `GET /api/support/disclosure`: what the agent tells everyone before they start. */
export interface Disclosure {
  version: string;
  points: string[];
  notEmergency: string;
  stored: string[];
}

export interface Deletion {
  deleted: true;
  erased: { conversations: number; events: number; sessions: number };
  kept: string[];
}
