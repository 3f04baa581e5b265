// Traditional → Simplified for the characters a help centre's text uses most. Search folds
// both the articles and the question through it, so a question in one script finds articles
// written in the other. Pairs: each two characters are (Traditional, Simplified).
const pairs =
  '運运 費费 貨货 訂订 單单 發发 號号 碼码 帳账 戶户 錄录 設设 換换 還还 錢钱 銀银 聯联 繫系 係系 電电 話话 郵邮 時时 間间 ' +
  '營营 業业 門门 點点 國国 際际 與与 們们 麼么 嗎吗 這这 個个 會会 員员 記记 憶忆 護护 維维 開开 關关 閉闭 於于 為为 產产 ' +
  '質质 問问 題题 說说 書书 請请 幫帮 網网 頁页 買买 賣卖 價价 優优 讓让 認认 證证 驗验 確确 寫写 隨随 機机 過过 來来 後后 ' +
  '臺台 灣湾 區区 幣币 種种 類类 張张 檢检 詢询 變变 資资 訊讯 邊边 標标 準准 遞递 順顺 豐丰 兩两 週周 內内 幾几 數数 據据 ' +
  '庫库 顧顾 務务 專专 裡里 應应 該该 對对 錯错 誤误 較较 長长 節节 處处 沒没 倉仓 貼贴 紀纪 歷历 態态 狀状 況况 簡简 體体 ' +
  '轉转 線线 條条 規规 則则 總总 額额 稅税 滿满 實实 預预 計计 約约 歲岁 舊旧 壞坏 損损 縮缩 選选 擇择 擴扩 縣县 鄉乡 鎮镇 ' +
  '歐欧 亞亚 韓韩 紐纽 倫伦 寬宽 頻频 勞劳 動动 報报 導导 覽览 觀观 視视 聽听 聲声 響响 語语 讀读 詞词 彙汇 雙双 層层 樣样 ' +
  '擊击 鍵键 盤盘 銷销 統统 劃划 帶带 給给 綁绑 結结 綠绿 紅红 藍蓝 黃黄 啟启 穩稳 隱隐 權权 協协 議议 驟骤 鐘钟 錶表 鬧闹 ' +
  '懷怀 慮虑 嚴严 傳传 輸输 載载 圖图 檔档 壓压 購购 車车 輛辆 匯汇 險险 賠赔 償偿 註注 冊册 齡龄 屬属 師师 獲获 級级 積积 ' +
  '紙纸 鎖锁 廠厂 難难 雜杂 戲戏 飯饭 館馆 飲饮 葉叶 麵面 蘋苹 裝装 備备 廣广 東东 鐵铁 閱阅 寶宝 貝贝 嬰婴 兒儿 趕赶 緊紧 ' +
  '戰战 爭争 衛卫 醫医 療疗 藥药 溫温 濕湿 氣气 風风 雲云 陽阳 陰阴 燈灯 輕轻 複复 簽签 親亲 愛爱 歡欢 樂乐 熱热 鬆松 緩缓 ' +
  '減减 贏赢 剛刚 廳厅 辦办 並并 從从 眾众 傷伤 勢势 嘗尝 團团 圍围 園园 圓圆 場场 塊块 壽寿 夠够 夢梦 奪夺 奮奋 孫孙 學学 ' +
  '寧宁 審审 將将 尋寻 屆届 島岛 嶺岭 帥帅 廢废 彈弹 徑径 復复 徵征 憑凭 懶懒 戀恋 拋抛 捨舍 掃扫 掛挂 採采 揚扬 搖摇 搶抢 ' +
  '擁拥 擔担 擠挤 擬拟 擾扰 攝摄 敗败 敵敌 斷断 晝昼 暫暂 曆历 極极 構构 槍枪 樓楼 樞枢 橋桥 歸归 殘残 殺杀 殼壳 決决 洩泄 ' +
  '涼凉 淚泪 淺浅 測测 湊凑 湯汤 溝沟 滅灭 漢汉 潔洁 潛潜 澤泽 濃浓 灑洒 災灾 無无 煙烟 煩烦 燒烧 爐炉 牆墙 獨独 獎奖 現现 ' +
  '環环 畫画 當当 盡尽 監监 礎础 禮礼 稱称 窮穷 競竞 筆笔 範范 築筑 籃篮 糧粮 細细 終终 組组 絕绝 絲丝 經经 綜综 緣缘 練练 ' +
  '績绩 繼继 續续 罰罚 羅罗 聖圣 聞闻 職职 脅胁 脫脱 腦脑 膽胆 臉脸 臨临 興兴 舉举 艙舱 藝艺 蘇苏 術术 衝冲 補补 製制 見见 ' +
  '覺觉 討讨 訓训 許许 診诊 評评 試试 詳详 誠诚 調调 談谈 論论 諮谘 謝谢 識识 讚赞 負负 財财 責责 貴贵 貿贸 賬账 賽赛 趨趋 ' +
  '跡迹 踐践 軍军 軟软 軸轴 輔辅 輪轮 辭辞 農农 連连 進进 遊游 達达 違违 遠远 適适 遲迟 遺遗 鄰邻 釋释 針针 鈕钮 鋪铺 鍋锅 ' +
  '鏡镜 閃闪 閒闲 陣阵 陸陆 陳陈 隊队 階阶 雖虽 雞鸡 離离 霧雾 靈灵 靜静 頂顶 項项 須须 頓顿 領领 頭头 顏颜 願愿 顯显 飛飞 ' +
  '餘余 髮发 鬥斗 魚鱼 鳥鸟 鹽盐 麗丽 齊齐 龍龙 號号 啓启 嗎吗 裏里 週周 撥拨 鈔钞 帳账 憑凭 庫库 貸贷 餐餐 壹一 貳二 ' +
  '繳缴 戶户 稅税 艱艰 態态 懸悬 尋寻 齒齿 巔巅 閣阁 綱纲 鍊链 鏈链 鑰钥 匙匙 覆覆 蓋盖 盜盗 騙骗 竊窃 偵侦 棄弃';

const fold = new Map<string, string>();
for (const pair of pairs.split(' ')) {
  const [traditional, simplified] = Array.from(pair);
  if (traditional && simplified && traditional !== simplified) fold.set(traditional, simplified);
}
// Fold targets that Traditional text writes too (壹→一, 後→后, 裡→里, 麵→面, 臺→台, 係→系…):
// they tell nothing about the script, so they are not evidence of Simplified.
const inBothScripts = new Set('一 后 里 面 台 系 于 云 松 斗 范 征 周 余 制 采 冲 几 注 游 表 舍 干 只 出 谷 才 志 致 折 丑 卷 蒙 郁 占 布 向 同 借 托 朴 伙 板 困 欲 党 凶 仆 秋 吊'.split(' '));
const simplifiedOnly = new Set<string>([...fold.values()].filter((s) => !fold.has(s) && !inBothScripts.has(s)));

/** The Simplified form of a character this table knows, else the character itself. */
export function foldChar(char: string): string {
  return fold.get(char) ?? char;
}

/**
 * `zh-TW` when the text has more characters written only in Traditional than only in
 * Simplified, `zh-CN` when the other way round (a tie goes to the first seen: a mixed question
 * is rare and its first word is the best guess), `zh` when it is Chinese but could be either,
 * else `null`.
 */
export function chineseScript(text: string): 'zh-TW' | 'zh-CN' | 'zh' | null {
  let han = false;
  let traditional = 0;
  let simplified = 0;
  let first: 'zh-TW' | 'zh-CN' | null = null;
  for (const char of text) {
    if (fold.has(char)) {
      traditional++;
      first ??= 'zh-TW';
    } else if (simplifiedOnly.has(char)) {
      simplified++;
      first ??= 'zh-CN';
    } else if (!han && /\p{Script=Han}/u.test(char)) han = true;
  }
  if (traditional !== simplified) return traditional > simplified ? 'zh-TW' : 'zh-CN';
  return first ?? (han ? 'zh' : null);
}
