from django.db.models import Exists, OuterRef

me = User.objects.get(pk=2)
my_likes = User.objects.filter(pk=me.pk, like_articles=OuterRef('pk'))
for article in Article.objects.annotate(liked=Exists(my_likes)).order_by('pk'):
    print(article.pk, article.title, article.liked)
