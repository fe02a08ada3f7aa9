"""Hanja names to Hangul: a small reading table for name characters, and surname overrides.

Only what name romanization needs: the Sino-Korean reading of the characters met in the names
of the period, in their dictionary form (李 리, 龍 룡, 齡 령), so that both the North Korean
spelling (which keeps ㄹ and ㄴ) and the South Korean one (initial-sound law: 이, 용, 영) can be
made. Surnames read differently from the character's ordinary reading, or with both a North
and a South form, are in :data:`SURNAME_READINGS` (金 is 김, not 금).

A character missing from the table makes the whole name unreadable (an empty result) rather
than guessed.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from .jamo import Syllable, apply_initial_law

__all__ = ["HANJA_SURNAMES_TWO", "READINGS", "SURNAME_READINGS", "hanja_to_hangul"]

# Character + reading pairs, grouped by the reading's initial consonant.
_TABLE = """
哥가 佳가 嘉가 可가 家가 珏각 覺각 幹간 甲갑 剛강 康강 江강 姜강 綱강 鋼강 岡강 强강
介개 開개 凱개 居거 巨거 乾건 建건 健건 傑걸 杰걸 格격 堅견 決결 潔결 京경 景경 慶경
敬경 璟경 鏡경 卿경 庚경 桂계 啓계 溪계 高고 古고 坤곤 公공 孔공 功공 果과 寬관 觀관
官관 冠관 光광 廣광 交교 敎교 喬교 九구 求구 具구 國국 君군 群군 權권 貴귀 圭규 奎규
揆규 均균 克극 極극 根근 槿근 錦금 今금 琴금 基기 起기 琪기 璣기 箕기 奇기 吉길
那나 南남 男남 納납 乃내 女녀 年년 寧녕 尼니
達달 淡담 潭담 錟담 談담 唐당 堂당 大대 岱대 德덕 悳덕 陶도 都도 道도 燾도 度도 島도
敦돈 燉돈 東동 棟동 童동 桐동 斗두 枓두 杜두 得득 登등 燈등
羅라 樂락 洛락 蘭란 來래 冷랭 略략 良량 亮량 梁량 呂려 連련 蓮련 鍊련 烈렬 列렬 廉렴
令령 玲령 靈령 嶺령 齡령 禮례 魯로 老로 路로 盧로 祿록 綠록 論론 雷뢰 了료 龍룡 樓루
柳류 劉류 陸륙 崙륜 倫륜 輪륜 律률 栗률 隆륭 陵릉 李리 利리 理리 里리 麟린 林림 琳림
臨림 立립 砬립
馬마 麻마 萬만 晩만 滿만 末말 望망 梅매 孟맹 勉면 冕면 明명 命명 鳴명 模모 謨모 睦목
穆목 夢몽 武무 茂무 默묵 文문 聞문 美미 敏민 民민 玟민 珉민 旻민
博박 朴박 潘반 磐반 發발 方방 芳방 邦방 培배 裵배 白백 伯백 百백 範범 碧벽 卞변 變변
炳병 秉병 柄병 丙병 寶보 輔보 甫보 潽보 福복 本본 奉봉 峰봉 鳳봉 富부 夫부 北북 鵬붕
斌빈 彬빈 賓빈
士사 思사 四사 史사 師사 泗사 山산 三삼 祥상 尙상 常상 相상 湘상 上상 瑞서 徐서 西서
錫석 石석 碩석 奭석 仙선 宣선 先선 善선 璇선 鮮선 卨설 雪설 說설 燮섭 涉섭 星성 聖성
晟성 盛성 誠성 城성 成성 性성 世세 洗세 小소 昭소 紹소 素소 孫손 松송 宋송 洙수 壽수
守수 水수 修수 秀수 樹수 首수 叔숙 淑숙 淳순 純순 順순 舜순 珣순 述술 崇숭 承승 昇승
勝승 時시 始시 詩시 植식 式식 軾식 湜식 臣신 申신 新신 愼신 信신 實실 心심 深심 沈심
阿아 雅아 岳악 安안 顔안 岩암 巖암 愛애 野야 若약 陽양 揚양 楊양 洋양 彦언 業업 汝여
如여 淵연 然연 延연 演연 燁엽 英영 永영 榮영 暎영 泳영 映영 瑛영 藝예 五오 吳오 悟오
玉옥 溫온 完완 王왕 旺왕 堯요 耀요 容용 勇용 庸용 鏞용 鎔용 用용 宇우 禹우 愚우 祐우
佑우 雨우 羽우 旭욱 煜욱 郁욱 昱욱 云운 雲운 運운 雄웅 熊웅 元원 源원 遠원 園원 媛원
願원 月월 位위 偉위 威위 魏위 有유 裕유 兪유 允윤 尹윤 潤윤 銀은 恩은 殷은 乙을 音음
應응 義의 宜의 毅의 伊이 二이 以이 而이 異이 怡이 益익 翼익 翊익 仁인 寅인 一일 日일
逸일 任임 壬임
子자 慈자 作작 章장 張장 長장 壯장 莊장 在재 才재 宰재 載재 哉재 材재 著저 迪적 全전
典전 田전 錢전 傳전 節절 點점 正정 廷정 政정 鼎정 晶정 貞정 丁정 亭정 鄭정 定정 禎정
濟제 帝제 齊제 趙조 曺조 朝조 祚조 鍾종 宗종 鐘종 佐좌 周주 朱주 柱주 珠주 俊준
準준 駿준 中중 重중 仲중 增증 志지 智지 知지 池지 址지 直직 稷직 振진 鎭진 珍진 眞진
陳진 晋진 進진 集집 次차 贊찬 燦찬 昌창 彰창 策책 千천 天천 泉천 喆철 哲철 澈철 鐵철
淸청 靑청 草초 楚초 崔최 秋추 春춘 忠충 就취 致치 治치 七칠
卓탁 泰태 太태 台태 澤택 宅택 土토 通통 判판 八팔 平평 杓표 表표 豊풍 風풍 弼필 泌필
必필 夏하 河하 學학 韓한 漢한 翰한 咸함 海해 亥해 幸행 香향 許허 憲헌 赫혁 玄현 賢현
鉉현 炫현 顯현 亨형 炯형 衡형 馨형 兄형 惠혜 蕙혜 慧혜 浩호 鎬호 虎호 好호 昊호 湖호
洪홍 弘홍 紅홍 和화 花화 華화 化화 煥환 桓환 換환 活활 黃황 晃황 會회 孝효 厚후 勳훈
薰훈 輝휘 休휴 欽흠 興흥 熙희 憙희 喜희 姬희 希희 禧희
"""

#: Sino-Korean readings of name characters, in dictionary form (ㄹ/ㄴ kept: 李 리, 龍 룡).
READINGS: Mapping[str, str] = MappingProxyType(
    {pair[0]: pair[1] for pair in _TABLE.split()}
)

#: Surnames and their readings, most usual (South) first: 金 is 김 (not 금), and the
#: characters with an initial-sound-law pair keep both forms.
SURNAME_READINGS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "金": ("김",), "李": ("이", "리"), "柳": ("유", "류"), "劉": ("유", "류"),
    "盧": ("노", "로"), "林": ("임", "림"), "羅": ("나", "라"), "呂": ("여", "려"),
    "梁": ("양", "량"), "廉": ("염", "렴"), "陸": ("육", "륙"), "龍": ("용", "룡"),
    "兪": ("유",), "異": ("이",), "沈": ("심",),
})  # fmt: skip

#: Two-character surnames written in Hanja.
HANJA_SURNAMES_TWO = frozenset({"南宮", "皇甫", "諸葛", "鮮于", "獨孤", "司空", "西門", "東方"})
_TWO_READINGS = MappingProxyType({
    "南宮": "남궁", "皇甫": "황보", "諸葛": "제갈", "鮮于": "선우", "獨孤": "독고",
    "司空": "사공", "西門": "서문", "東方": "동방",
})  # fmt: skip

#: At most this many Hangul spellings are returned for one Hanja name.
MAX_READINGS = 4


def _south(reading: str) -> str:
    return apply_initial_law(Syllable.of(reading)).text()


def _surname_options(surname: str) -> tuple[str, ...] | None:
    if surname in _TWO_READINGS:
        return (_TWO_READINGS[surname],)
    if surname in SURNAME_READINGS:
        return SURNAME_READINGS[surname]
    reading = READINGS.get(surname)
    if reading is None:
        return None
    return tuple(dict.fromkeys((_south(reading), reading)))


@lru_cache(maxsize=1024)
def hanja_to_hangul(hanja: str) -> tuple[str, ...]:
    """Hangul spellings of a Hanja name, South Korean reading first; () if a character is unknown.

    The South reading applies the initial-sound law to the surname and to the given name's
    first syllable (吳齡蕙 -> 오영혜), the North reading keeps the dictionary form (오령혜).

    >>> hanja_to_hangul("吳齡蕙")
    ('오영혜', '오령혜')
    """
    name = hanja.replace(" ", "")
    cut = 2 if len(name) >= 3 and name[:2] in HANJA_SURNAMES_TWO else 1
    surname, given = name[:cut], name[cut:]
    sur_opts = _surname_options(surname)
    readings = [READINGS.get(ch) for ch in given]
    if sur_opts is None or any(r is None for r in readings):
        return ()
    given_north = "".join(r for r in readings if r is not None)
    given_south = (_south(given_north[0]) + given_north[1:]) if given_north else ""
    given_opts = tuple(dict.fromkeys((given_south, given_north)))
    # South surname with South given name first, then the North forms.
    combos = [s + g for s, g in itertools.product(sur_opts, given_opts)]
    north = sur_opts[-1] + given_north
    ordered = [sur_opts[0] + given_south, north, *combos]
    return tuple(dict.fromkeys(ordered))[:MAX_READINGS]
