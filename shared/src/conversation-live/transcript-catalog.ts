import { defineCatalog } from '../i18n/catalog.js';

/** Labels of an exported transcript (`GET /api/v1/conversations/{id}/transcript?locale=`). */
const transcriptEn = {
  'transcript.title': 'Conversation transcript',
  'transcript.started': 'Started {time}',
  'transcript.visitor': 'Visitor',
  'transcript.agent': 'Agent',
  'transcript.bot': 'Bot',
  'transcript.system': 'Parley',
  'transcript.note': 'Internal note (agents only)',
  'transcript.file': 'File',
  'transcript.rating': 'Rating: {score}/5',
} as const;
export type TranscriptKey = keyof typeof transcriptEn;

export const transcriptCatalogs = defineCatalog<TranscriptKey>(transcriptEn, {
  'zh-CN': {
    'transcript.title': '对话记录',
    'transcript.started': '开始于 {time}',
    'transcript.visitor': '访客',
    'transcript.agent': '客服',
    'transcript.bot': '机器人',
    'transcript.system': 'Parley',
    'transcript.note': '内部备注（仅客服可见）',
    'transcript.file': '文件',
    'transcript.rating': '评分：{score}/5',
  },
  'zh-TW': {
    'transcript.title': '對話紀錄',
    'transcript.started': '開始於 {time}',
    'transcript.visitor': '訪客',
    'transcript.agent': '客服',
    'transcript.bot': '機器人',
    'transcript.system': 'Parley',
    'transcript.note': '內部備註（僅客服可見）',
    'transcript.file': '檔案',
    'transcript.rating': '評分：{score}/5',
  },
});
