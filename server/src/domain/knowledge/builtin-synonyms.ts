// Built-in synonym groups, applied to every workspace's questions at query time (the admin's
// own groups come on top). Chinese groups are written in Simplified: Traditional text is folded
// to Simplified before matching, so only words that differ between mainland and Taiwan usage
// (not just in script) need listing. Each line is one group; phrases are separated by "|".
const chinese = `
刷卡|信用卡|银联|银行卡|信用卡付款|visa|万事达|信用咭
定金|订金|押金|预付款|预付|保证金
短信|简讯|手机短信|讯息通知
登录|登入|登陆|登不进|登不上|登录不了|无法登入
注册|注册账号|开户|建立账号|申请会员
礼品卡|礼物卡|礼券|购物卡|储值卡|代金券|送礼|送人|送朋友|礼物
在线|线上|网上|网络上|网路上
网络|网路|无线网|wifi
软件|软体|应用|app
视频|影片|视讯|视讯通话|视频通话|远程|远距
信息|资讯|讯息
手机号|手机号码|电话号码|手机|电话|门号
邮箱|电子邮件|电邮|信箱|邮件地址
账号|帐号|账户|帐户|会员账号
打印|列印
发货|出货|寄出
快递|宅配|物流|货运
包邮|免运|免运费|免邮
取消|撤销|退订
预约|预订|预定|订位|订座|约时间|挂号
改期|改约|改时间|更改预约|换时间|延期|重新预约
停车|泊车|停车场|车位|停车位
星期一|礼拜一|周一
星期二|礼拜二|周二
星期三|礼拜三|周三
星期四|礼拜四|周四
星期五|礼拜五|周五
星期六|礼拜六|周六
星期日|星期天|礼拜天|礼拜日|周日
周末|礼拜六日|假日|周六日
营业时间|开放时间|营业|开门|开店|几点开|几点关|关门
开|营业|开门
发票|收据|统一编号|统编
退款|退钱|退费
优惠券|折价券|优惠码|折扣码|优惠卷|折扣券
打折|折扣|优惠
会员|会籍|会员卡
积分|点数|红利|红利点数
客服|人工|真人|人工客服|转人工|找人
地址|住址|位置|怎么走|交通
电梯|升降梯|升降机
无障碍|轮椅|残障|行动不便
宠物|狗狗|猫咪|带狗
儿童|小孩|孩子|小朋友|宝宝|未成年|娃|娃娃|带娃
怀孕|孕妇|孕期|怀孕期间|准妈妈
迟到|晚到|来晚|晚点到
爽约|放鸽子|放鸟|没来|未到|缺席|没出现
地铁|捷运
出租车|计程车|的士|打车
公交|公车|巴士|公交车
自行车|脚踏车|单车
质量|品质
保修|保固
验证码|认证码|验证短信
二维码|qr码|条码
结账|结帐|买单|付账
外卖|外送
设置|设定
默认|预设
通知|提醒
充值|储值|加值
手续费|服务费
套餐|方案|配套
洗手间|厕所|卫生间|化妆室
储物柜|置物柜|寄物柜
价格|价钱|费用|收费|多少钱|价位
团体|多人|一群人|包场
汇款|转账|银行转账|转帐
现金|现钞|付现
超商|便利商店|便利店|超商取货
客服电话|专线|热线|客服热线
公休|休息日|店休|不营业|休假
国定假日|法定节假日|节假日|公众假期|连假
早上|上午|早晨
晚上|夜间|傍晚
老人|长辈|年长者|长者
素食|吃素|蔬食|全素
过敏|过敏原|敏感肌
按摩|推拿|指压|马杀鸡
美甲|做指甲|指甲
剪发|理发|剪头发|剪头
瑜伽|瑜珈
教练|老师|导师
课程|课堂|上课
体验课|试听|试上|体验
寄存|寄放|寄物
入住|办理入住|报到
退房|离店
早餐|早饭|早点
接送|接机|送机|接驳
摩托车|机车
淋浴|洗澡|冲澡|沖澡|淋浴间|洗个澡
全额|全部费用|全款
网站|网页|官网|官方网站
药店|药局|药房
医生|医师|大夫
护士|护理师
体检|健检|健康检查
医保|健保|医疗保险
身份证|身分证|有效证件|证件
行动支付|移动支付|手机支付|电子支付|扫码支付|扫码付款
支付宝|支付寶|alipay
微信支付|wechat pay
分期|分期付款|分期付
充电|充电宝|行动电源|插座
空调|冷气
酒店|饭店|旅馆|宾馆
服务员|服务生
前台|柜台|服务台|接待处
理疗师|芳疗师|治疗师|技师|按摩师|美容师|设计师
指定|指名|点名|选人
洗头|洗发
吹头发|吹发|吹整
染发|染头发
烫发|烫头发
做脸|脸部护理|面部护理|脸部保养|面部保养|做面部
保养|护肤|护理
美容院|美容店|美容中心|沙龙
年龄|几岁|岁数|多大
学生|学生证|学生优惠|学生价
生日|寿星|生日优惠
新客|新顾客|新客人|第一次来|初次|首次|新会员
投诉|客诉|申诉|抱怨|不满意
意见|反馈|回馈|建议|评价
联系|联络|联系方式|联络方式
个人资料|个人信息|个资|隐私
候补|候位|等位|排队|排候补|等候名单
约满|客满|额满|满了|没位置|没有空位|订满
空档|有空|空闲时段|空的时段|还有位子
当天|当日|即日|临时
提前|提早|事先|预先
早到|提前到|早点到
毛巾|浴巾
拖鞋|室内拖
更衣室|换衣间|更衣间|换衣服
哺乳室|母婴室|育婴室|哺乳
婴儿车|婴儿推车|推车
高铁|动车
公交站|公车站|站牌|车站
附近|周边|周围|旁边
口罩|戴口罩
发烧|发热
感冒|生病|不舒服|身体不适
免预约|不用预约|无需预约|没预约|现场挂号
方便|便利
网购|网路购物|网上购物
退货|退换|换货
售后|售后服务|保固服务
开车|自驾|驾车
骑车|骑机车|骑自行车
步行|走路
地下室|地下停车场|b1
楼层|几楼|楼
密码|登入密码|登录密码
忘记密码|忘了密码|重设密码|重置密码|找回密码
注销|删除帐号|取消会员
登出|退出登录|注销登录
扣钱|扣款|罚款|罚金|违约金|扣费
`;

const english = `
amex|american express
visa|mastercard|credit card|debit card
unionpay|union pay|china unionpay
elevator|lift
restroom|toilet|bathroom|washroom|wc|loo
cellphone|cell phone|mobile|mobile phone|phone number|mobile number|cell number
text|sms|text message
appointment|booking|reservation|session|slot
book|reserve|schedule
reschedule|rebook|change my appointment|move my appointment|postpone|different time
cancel|call off|cancellation
deposit|down payment|prepayment|prepay|upfront|up front|in advance|pay part
no-show|noshow|miss my appointment|missed appointment|missed|did not show
parking|car park|parking lot|garage|park
subway|metro|underground|tube|train
taxi|cab|uber
bus|coach
wheelchair|accessible|accessibility|disabled|step-free|mobility
gift card|gift voucher|gift certificate|giftcard|voucher|present|gift
kid|kids|child|children|minor|baby|toddler|son|daughter
pregnant|pregnancy|expecting|maternity|prenatal
log in|login|sign in|signin|log on
sign up|signup|register|registration|create an account
password|passcode|pin
refund|money back|reimburse|reimbursement
price|cost|fee|charge|rate|how much|pricing
hours|opening hours|opening times|closing time|business hours
weekend|saturday|sunday
late|delayed|running late|behind schedule|stuck in traffic
email|e-mail|mail|inbox
receipt|invoice|bill
coupon|promo code|discount code|promo|discount
address|location|directions|find you|get there
pet|dog|cat|animal
shower|changing room|locker
wifi|wi-fi|internet
member|membership|subscription|loyalty
staff|therapist|practitioner|stylist|specialist
postage|shipping|delivery fee
appt|appointment
resched|reschedule
hrs|hours
txt|text
wknd|weekend
tmrw|tomorrow
info|information|details
min|mins|minute|minutes
bday|birthday
check-in|check in|arrival
luggage|baggage|bags|suitcase
breakfast|morning meal
shuttle|pickup|airport transfer
vegetarian|vegan|meat-free|plant-based
allergy|allergic|allergies
massage|bodywork
haircut|trim|cut my hair
manicure|pedicure|nails
instructor|teacher|coach|trainer
class|lesson|course
trial class|taster|intro class|first class free
senior|elderly|older
yo|year old|years old|age|aged
bank transfer|wire transfer|wire
cash|pay cash
apple pay|google pay|mobile payment
closed|day off|holiday|public holiday
morning|am
evening|night|pm
whatsapp|wechat|messenger
walk-in|walk in|drop in|drop-in|without an appointment|without booking|without a booking|no appointment|no booking|turn up
same-day|today|last minute|last-minute
fully booked|no availability|sold out|no slots|no openings
waitlist|waiting list|wait list|standby
availability|available|free slot|openings|vacancy|vacancies|free time
tip|tips|tipping|gratuity
contactless|tap to pay|tap and go
chemist|pharmacy|drugstore
queue|line up|wait in line
postcode|zip code|postal code|zip
pushchair|stroller|pram|buggy
nappy|nappies|diaper|diapers
sick|ill|unwell|poorly|not feeling well
doctor|gp|physician|doc
first time|new customer|new client|first visit|newcomer|new patient
student|student discount|student card
complaint|complain|unhappy|not satisfied|dissatisfied
feedback|review|reviews
contact|get in touch|reach you|contact details|contact us
account|profile|my account
privacy|personal data|gdpr|data protection
confirmation|confirm|confirmed|confirmation email
reminder|remind|notification|alert
towel|towels|robe|bathrobe|dressing gown
facial|face treatment|skincare|skin care
waxing|wax|hair removal
couple|couples|partner|two people
group|party|group booking|hen party|hen do|bachelorette|stag do|bachelor party
smoking|smoke|vape|cigarette
refreshments|drinks|snacks|tea|coffee|water
face mask|mask|masks
injury|injured|hurt|pain|sore
identification|passport|driving licence|driver's license|photo id|id card
tax|vat|gst|sales tax
instalments|installments|payment plan|pay later|afterpay|klarna|pay in instalments
autumn|fall
ground floor|first floor|street level
sign out|log out|logout|signout
forgot password|reset password|forgotten password
delete my account|close my account|remove my account
unsubscribe|opt out|stop emails|stop texts
penalty|penalties|fine|late fee|cancellation fee|penalised|penalized
`;

const parse = (block: string) =>
  block
    .trim()
    .split('\n')
    .map((line) => line.split('|').map((p) => p.trim()).filter(Boolean));

/** The synonym groups every workspace has: regional Chinese words and English support vocabulary. */
export const builtInSynonyms: readonly (readonly string[])[] = [...parse(chinese), ...parse(english)];
