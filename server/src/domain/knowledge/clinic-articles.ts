import type { ArticleInput } from '@parley/shared';
import { topicArticles, type HelpCentreTopics } from './help-centre-topics.js';

/**
 * A family clinic's help centre (GP, dental, lab tests) in English, Simplified and Traditional
 * Chinese, with one topic in each Chinese script only. It is the corpus of the HELD-OUT labelled
 * questions (held-out-questions.ts): a second business written apart from the booking studio, so
 * the search-quality benchmark can tell a general improvement from one fitted to the tuning set.
 * Ranking constants are never tuned on it.
 */
export const clinicTopics: HelpCentreTopics = {
  'book-consultation': {
    en: {
      title: 'Booking a consultation',
      body: 'Choose a doctor and a free time in the online booking page, or call reception. New patients fill in a short health form before their first visit. You get a confirmation email straight away.',
      keywords: ['book', 'appointment', 'see a doctor', 'new patient'],
    },
    'zh-CN': {
      title: '预约门诊',
      body: '在网上预约页面选择医生和空闲时间，或致电前台预约。新患者首次就诊前需填写一份简短的健康问卷。预约成功后会立即收到确认邮件。',
      keywords: ['预约', '看医生', '初诊', '新患者'],
    },
    'zh-TW': {
      title: '預約門診',
      body: '在線上預約頁面選擇醫師和空檔時間，或致電櫃檯預約。新病患初次看診前需填寫一份簡短的健康問卷。預約成功後會立即收到確認電子郵件。',
      keywords: ['預約', '看醫生', '初診', '新病患'],
    },
  },
  'cancel-or-change': {
    en: {
      title: 'Cancelling or changing your appointment',
      body: 'Please cancel or move your appointment at least 12 hours ahead using the link in your confirmation email. Patients who miss an appointment without telling us may be charged a missed-appointment fee.',
      keywords: ['cancel', 'change appointment', 'reschedule', 'missed appointment'],
    },
    'zh-CN': {
      title: '取消或更改预约',
      body: '请至少提前12小时通过确认邮件中的链接取消或改约。未通知而缺席的患者可能会被收取爽约费。',
      keywords: ['取消预约', '改约', '改时间', '爽约'],
    },
    'zh-TW': {
      title: '取消或更改預約',
      body: '請至少提前12小時透過確認郵件中的連結取消或改約。未通知而沒來看診的病患可能會被收取未到診費用。',
      keywords: ['取消預約', '改約', '改時間', '未到診'],
    },
  },
  insurance: {
    en: {
      title: 'Health insurance and claims',
      body: 'We accept most private health insurance plans. Bring your insurance card to every visit; we send the claim to your insurer directly, and you pay only the part your plan does not cover.',
      keywords: ['insurance', 'insurer', 'claim', 'coverage'],
    },
    'zh-CN': {
      title: '医疗保险与理赔',
      body: '我们接受大多数商业医疗保险和医保。每次就诊请携带保险卡，我们会直接向保险公司申请理赔，你只需支付保险不覆盖的部分。',
      keywords: ['保险', '医保', '理赔', '报销'],
    },
    'zh-TW': {
      title: '醫療保險與理賠',
      body: '我們接受大多數商業醫療保險與健保。每次看診請攜帶保險卡，我們會直接向保險公司申請理賠，你只需支付保險不給付的部分。',
      keywords: ['保險', '健保', '理賠', '給付'],
    },
  },
  'fees-and-payment': {
    en: {
      title: 'Consultation fees and how to pay',
      body: 'A standard consultation costs 60 dollars and a follow-up 40 dollars. You can pay by card, mobile wallet or cash at the front desk after your visit.',
      keywords: ['price', 'fee', 'cost', 'pay', 'card', 'cash'],
    },
    'zh-CN': {
      title: '诊费与付款方式',
      body: '普通门诊诊费60元，复诊40元。看诊后可在前台用银行卡、微信、支付宝或现金付款。',
      keywords: ['诊费', '价格', '多少钱', '付款', '支付宝', '微信支付'],
    },
    'zh-TW': {
      title: '掛號費與付款方式',
      body: '一般門診掛號費新台幣200元，回診150元。看診後可在櫃檯以信用卡、行動支付或現金付款。',
      keywords: ['掛號費', '費用', '多少錢', '付款', '行動支付', '刷卡'],
    },
  },
  'repeat-prescription': {
    en: {
      title: 'Repeat prescriptions',
      body: 'If you take regular medication, request a repeat prescription online at least three working days before you run out. The doctor reviews it and sends it to the pharmacy you choose.',
      keywords: ['prescription', 'refill', 'medication', 'medicine', 'pharmacy'],
    },
    'zh-CN': {
      title: '续开处方',
      body: '长期服药的患者请在药吃完前至少三个工作日在线申请续开处方。医生审核后会把处方发送到你选择的药店。',
      keywords: ['处方', '开药', '续药', '药店', '长期用药'],
    },
    'zh-TW': {
      title: '連續處方箋',
      body: '長期服藥的病患請在藥吃完前至少三個工作天在線上申請續開處方箋。醫師審核後會把處方箋傳送到你選擇的藥局。',
      keywords: ['處方箋', '拿藥', '慢性病', '藥局', '長期用藥'],
    },
  },
  'test-results': {
    en: {
      title: 'Getting your test results',
      body: 'Blood and urine test results are usually ready in 2 to 5 working days. They appear in the patient portal, and the doctor calls you if anything needs follow-up.',
      keywords: ['results', 'blood test', 'lab', 'report'],
    },
    'zh-CN': {
      title: '查看检查结果',
      body: '血液和尿液化验结果通常在2至5个工作日内出来，可在患者门户中查看；如需复诊，医生会致电通知你。',
      keywords: ['检查结果', '化验单', '验血', '报告'],
    },
    'zh-TW': {
      title: '查看檢驗結果',
      body: '抽血和驗尿的檢驗結果通常在2至5個工作天內出來，可在病患入口網站查看；如需回診，醫師會致電通知你。',
      keywords: ['檢驗結果', '報告', '抽血', '驗尿'],
    },
  },
  vaccinations: {
    en: {
      title: 'Vaccinations and flu shots',
      body: 'We give flu, tetanus, hepatitis and travel vaccines. Flu shots are available from October without an appointment on weekday mornings. Bring your vaccination record if you have one.',
      keywords: ['vaccine', 'flu shot', 'jab', 'immunisation', 'travel vaccine'],
    },
    'zh-CN': {
      title: '疫苗接种与流感疫苗',
      body: '我们提供流感、破伤风、肝炎和出国旅行所需的疫苗。每年10月起工作日上午可免预约接种流感疫苗。如有疫苗接种本请一并带来。',
      keywords: ['疫苗', '打疫苗', '流感疫苗', '接种'],
    },
    'zh-TW': {
      title: '預防接種與流感疫苗',
      body: '我們提供流感、破傷風、肝炎和出國旅遊所需的疫苗。每年10月起平日上午可免預約施打流感疫苗。如有疫苗接種紀錄卡請一併帶來。',
      keywords: ['疫苗', '打疫苗', '流感疫苗', '施打'],
    },
  },
  'sick-note': {
    en: {
      title: 'Sick notes and medical certificates',
      body: 'The doctor can write a sick note for your employer or school during your consultation. A certificate requested later, without a visit, costs 15 dollars.',
      keywords: ['sick note', 'medical certificate', 'sick leave', 'doctor note'],
    },
    'zh-CN': {
      title: '病假条与诊断证明',
      body: '就诊时医生可以为你的单位或学校开具病假条。事后未就诊而申请诊断证明，需支付15元。',
      keywords: ['病假条', '诊断证明', '请病假', '证明'],
    },
    'zh-TW': {
      title: '診斷證明書與病假單',
      body: '看診時醫師可以為你的公司或學校開立診斷證明書。事後未看診而申請證明書，需支付新台幣100元。',
      keywords: ['診斷證明', '病假單', '請病假', '證明書'],
    },
  },
  'medical-records': {
    en: {
      title: 'Requesting a copy of your medical records',
      body: 'Send a written request with your photo ID to reception. We prepare a copy of your records within 10 working days and send it by secure email or post.',
      keywords: ['medical records', 'copy', 'health history', 'transfer records'],
    },
    'zh-CN': {
      title: '申请病历复印件',
      body: '请携带身份证件向前台提交书面申请。我们会在10个工作日内准备好病历复印件，并通过加密邮件或邮寄方式发送给你。',
      keywords: ['病历', '复印病历', '病历资料', '就诊记录'],
    },
    'zh-TW': {
      title: '申請病歷影本',
      body: '請攜帶身分證件向櫃檯提出書面申請。我們會在10個工作天內準備好病歷影本，並透過加密電子郵件或郵寄方式寄給你。',
      keywords: ['病歷', '病歷影本', '病歷資料', '就醫紀錄'],
    },
  },
  'teeth-cleaning': {
    en: {
      title: 'Dental check-up and teeth cleaning',
      body: 'Our dentists recommend a check-up and scale and polish every six months. A cleaning takes about 30 minutes; tell us if your gums bleed or your teeth are sensitive.',
      keywords: ['dentist', 'teeth cleaning', 'scale and polish', 'dental check-up'],
    },
    'zh-CN': {
      title: '牙科检查与洗牙',
      body: '牙医建议每半年做一次口腔检查和洗牙。洗牙约需30分钟；如有牙龈出血或牙齿敏感请提前告知。',
      keywords: ['洗牙', '牙医', '口腔检查', '牙齿'],
    },
    'zh-TW': {
      title: '牙科檢查與洗牙',
      body: '牙醫建議每半年做一次口腔檢查和洗牙。洗牙約需30分鐘；如有牙齦出血或牙齒敏感請事先告知。',
      keywords: ['洗牙', '牙醫', '口腔檢查', '牙齒'],
    },
  },
  'walk-in-and-urgent': {
    en: {
      title: 'Walk-ins and urgent care',
      body: 'We keep a few same-day slots for urgent problems; arrive before 10 am and we will fit you in. For chest pain, severe bleeding or breathing trouble, call emergency services straight away.',
      keywords: ['walk-in', 'same day', 'urgent', 'emergency', 'without appointment'],
    },
    'zh-CN': {
      title: '现场挂号与急症',
      body: '我们每天保留少量当日号给急症患者，上午10点前到院即可安排。如有胸痛、大出血或呼吸困难，请立即拨打急救电话120。',
      keywords: ['现场挂号', '当天', '急症', '急诊', '不预约'],
    },
    'zh-TW': {
      title: '現場掛號與急症',
      body: '我們每天保留少量當日名額給急症病患，上午10點前到診所即可安排。如有胸痛、大量出血或呼吸困難，請立即撥打119。',
      keywords: ['現場掛號', '當天', '急症', '急診', '不預約'],
    },
  },
  'opening-hours': {
    en: {
      title: 'Clinic opening hours',
      body: 'Monday to Friday 8 am to 7 pm, Saturday 9 am to 1 pm. Closed on Sundays and public holidays.',
      keywords: ['hours', 'open', 'closed', 'saturday', 'sunday'],
    },
    'zh-CN': {
      title: '诊所营业时间',
      body: '周一至周五8:00–19:00，周六9:00–13:00。周日及法定节假日休息。',
      keywords: ['营业时间', '几点开门', '周末', '节假日'],
    },
    'zh-TW': {
      title: '診所門診時間',
      body: '週一至週五8:00–19:00，週六9:00–13:00。週日及國定假日休診。',
      keywords: ['門診時間', '幾點開', '週末', '國定假日', '休診'],
    },
  },
  'getting-here': {
    en: {
      title: 'Finding us and parking',
      body: 'We are on the ground floor of the Riverside building, two minutes from Central station. Patients park free for two hours in the basement car park; ask reception for a ticket.',
      keywords: ['address', 'directions', 'parking', 'station'],
    },
    'zh-CN': {
      title: '交通与停车',
      body: '诊所位于滨江大厦一楼，距地铁中心站步行两分钟。患者可在地下停车场免费停车两小时，请向前台领取停车券。',
      keywords: ['地址', '怎么去', '停车', '地铁'],
    },
    'zh-TW': {
      title: '交通與停車',
      body: '診所位於濱江大樓一樓，距捷運中心站步行兩分鐘。病患可在地下停車場免費停車兩小時，請向櫃檯領取停車券。',
      keywords: ['地址', '怎麼去', '停車', '捷運'],
    },
  },
  'video-consultation': {
    en: {
      title: 'Video consultations',
      body: 'For follow-ups and minor problems you can see a doctor by video from home. Pick "video" when you book; we send a link 15 minutes before, which opens in your browser or phone.',
      keywords: ['video call', 'online consultation', 'telehealth', 'remote'],
    },
    'zh-CN': {
      title: '视频问诊',
      body: '复诊和小问题可以在家通过视频看医生。预约时选择“视频”，我们会在开始前15分钟发送链接，用浏览器或手机即可打开。',
      keywords: ['视频问诊', '线上问诊', '远程', '网上看病'],
    },
    'zh-TW': {
      title: '視訊看診',
      body: '回診和小問題可以在家透過視訊看醫生。預約時選擇「視訊」，我們會在開始前15分鐘傳送連結，用瀏覽器或手機即可開啟。',
      keywords: ['視訊看診', '線上看診', '遠距', '通訊診療'],
    },
  },
  'reimbursement-receipt': {
    'zh-CN': {
      title: '医保报销与电子发票',
      body: '看诊结束后可在前台或公众号开具电子发票，用于单位或医保报销。发票抬头填写单位名称和税号。',
      keywords: ['发票', '报销', '电子发票', '抬头', '税号'],
    },
  },
  'nhi-card': {
    'zh-TW': {
      title: '健保卡與自費',
      body: '看診請攜帶健保卡。忘記帶健保卡時需先自費，並在七天內帶卡回來辦理退費。',
      keywords: ['健保卡', '自費', '忘記帶', '退費'],
    },
  },
};

/** Every clinic article with its topic, as article input (the topic is its translation group). */
export function clinicArticles(): Array<ArticleInput & { topic: string; group: string }> {
  return topicArticles(clinicTopics);
}
