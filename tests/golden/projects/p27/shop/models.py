from django.db import models


class Product(models.Model):
    level = models.URLField(blank=True)
    thumbnail = models.URLField(blank=True)

    class Meta:
        verbose_name = 'product item'


class Book(models.Model):
    id = models.BigAutoField(primary_key=True)
    body = models.URLField()
    summary = models.DateTimeField(auto_now_add=True, null=True)
    price = models.TimeField(blank=True)
    slug = models.PositiveIntegerField(null=True)
    user = models.OneToOneField('auth.User', on_delete=models.DO_NOTHING, null=True, blank=True, related_name='book_user_set')
    parent = models.ForeignKey('self', on_delete=models.SET_DEFAULT, null=True, default=None)


class Article(models.Model):
    data = models.SmallIntegerField()
    opens = models.PositiveBigIntegerField()
    attachment = models.UUIDField(unique=True)
    released = models.SlugField(null=True)
    level = models.SlugField(db_column='level_col')
    rating = models.ImageField(upload_to='uploads/%Y/%m/', null=True)
    fans = models.ManyToManyField('auth.User', related_name='article_fans', blank=True)
    parent = models.ForeignKey('Product', on_delete=models.DO_NOTHING)
    product = models.OneToOneField('Product', on_delete=models.CASCADE, related_name='article_product_set')

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['rating', 'attachment'], name='article_rating_attachment_uniq'),
        ]
        indexes = [models.Index(fields=['attachment'])]
